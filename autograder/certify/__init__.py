"""Certification: rules that decide who is certified at each level, Open Badges 3.0
credentials signed as W3C Data Integrity proofs, their revocation list, offline
verification, and the certificate documents a candidate receives."""
