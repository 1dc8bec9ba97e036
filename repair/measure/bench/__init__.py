"""`repair bench`: the passes measured on simulated damage (repair.measure.corrupt) with exact keys.

runner.run_bench does the work, metrics judges proposals against answer keys and ranks
the detector, report renders the table.
"""
