"""What every detector's tests share: the campaign's own texts (which must give no finding) and
the prose that cases are set in to exercise the detectors' cheap trigger windows."""
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The source documents (repository copies) and every page of the site, in every language.
CAMPAIGN_TEXTS = sorted([*(REPO / "data" / "sources").glob("*.txt"), *(REPO / "docs").rglob("*.md")])
assert CAMPAIGN_TEXTS, "no campaign texts found: data/sources/ and docs/ are missing"

# Prose around each case, long enough that the trigger windows matter.
FILLER = ("The campaign asks states to put the release of people held captive first; " * 4)
