#!/usr/bin/env python3
"""Start a new testimony file: `make new-testimony LANG=uk [ID=T-2026-0007]` (see CONTRIBUTING.md)."""
import sys

from peoplefirst.testimonies.scaffold import main

if __name__ == "__main__":
    sys.exit(main())
