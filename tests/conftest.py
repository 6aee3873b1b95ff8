import os

# Presidio's e-mail recognizer uses tldextract, which would fetch the public suffix list at import.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ.setdefault("CANDOR_BACKEND", "embedded")
os.environ.pop("OPENAI_API_KEY", None)
