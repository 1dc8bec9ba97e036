"""The detector: a calibrated garble score for every sentence, with its reasons.

``features`` measures evidence of damage per sentence; ``model`` combines it with the
logistic regression whose weights ``scripts/train_detector.py`` fits and writes to
``weights.json`` beside this file.
"""
