"""`PublicSuffixes` (core/guards.py) from tldextract's bundled public-suffix snapshot.

Never fetches: suffix_list_urls=() and no cache directory, so the list is the snapshot shipped in the
installed tldextract wheel (https://github.com/john-kurkowski/tldextract#note-about-caching), the same on
a laptop and in Lambda. Private suffixes (github.io, blogspot.com...) count too: a link there is as foreign
as any other. Imported by the worker only, never on the ack path.
"""
from __future__ import annotations

from functools import cached_property


class TldextractSuffixes:
    @cached_property
    def _extract(self):
        import tldextract
        return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True,
                                     include_psl_private_domains=True)

    def public_suffix(self, host: str) -> str:
        try:
            return self._extract(host).suffix
        except ValueError:  # not a host name at all
            return ""
