"""`make bench`: the performance figures of SPEC §7, printed as one JSON object on the last line."""
