#!/bin/sh
# Stands in for Chromium when none is found (playwright.config.ts): every browser test fails
# with the message that names the fix, while the tests that need no browser still run.
printf '%s\n' "$GONGWEN_MISSING_BROWSER" >&2
exit 1
