"""`repair serve`: repair's checks behind LanguageTool's HTTP API (/v2/check, /v2/languages),
so editor plugins and browser add-ons that speak LanguageTool can use them."""
