"""Finds where a transcribed value stands in the source text, so every record
of the programme file can say which line it comes from, and so that a typo in
the transcription (a number that is not on that line) fails loudly."""

import re


def normalise(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u2018", "'")).strip()


class SourceText:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.raw = f.read().split("\n")
        self.lines = [normalise(l) for l in self.raw]

    def line_of(self, needle, start=1, end=None):
        """1-based number of the first line at or after `start` containing `needle`."""
        want = normalise(needle)
        last = end if end else len(self.lines)
        for i in range(start - 1, last):
            if want in self.lines[i]:
                return i + 1
        raise SystemExit(f"niet gevonden in de bron (vanaf regel {start}): {needle!r}")

    def text(self, number):
        return self.lines[number - 1]
