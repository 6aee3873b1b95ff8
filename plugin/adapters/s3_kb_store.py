"""S3KnowledgeStore: the KnowledgeStore port on S3 (production).

A help center's index (every article in every locale, plus embeddings) can exceed DynamoDB's 400 KB item
limit, so it is an object: `<tenant>/index.json.gz` (gzip-compressed JSON) beside `<tenant>/status.json`,
in the bucket `<CANDOR_RESOURCE_PREFIX>-kb` (infra/candor.yaml: private, KMS-encrypted, versioning off so
an erased index is gone). Keys are prefixed by the tenant, so tenants never mix; `delete_tenant` removes
both objects (uninstall, `tenant remove`). Retries of S3 calls are botocore's.
"""
from __future__ import annotations

import json

from plugin.core.knowledge import KbSnapshot, KbStatus, decode, encode

INDEX, STATUS = "index.json.gz", "status.json"


class S3KnowledgeStore:
    def __init__(self, bucket: str, s3, kms_key_id: str | None = None) -> None:
        self.bucket, self._s3, self._kms_key_id = bucket, s3, kms_key_id

    def _get(self, tenant: str, name: str) -> bytes | None:
        try:
            return self._s3.get_object(Bucket=self.bucket, Key=f"{tenant}/{name}")["Body"].read()
        except self._s3.exceptions.NoSuchKey:
            return None

    def _put(self, tenant: str, name: str, data: bytes, content_type: str) -> None:
        extra = {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": self._kms_key_id} if self._kms_key_id else {}
        self._s3.put_object(Bucket=self.bucket, Key=f"{tenant}/{name}", Body=data, ContentType=content_type, **extra)

    def load(self, tenant: str) -> KbSnapshot | None:
        blob = self._get(tenant, INDEX)
        return decode(blob) if blob is not None else None

    def status(self, tenant: str) -> KbStatus | None:
        blob = self._get(tenant, STATUS)
        return KbStatus.from_dict(json.loads(blob)) if blob is not None else None

    def save(self, tenant: str, snapshot: KbSnapshot, status: KbStatus) -> None:
        self._put(tenant, INDEX, encode(snapshot), "application/gzip")
        self._put(tenant, STATUS, json.dumps(status.to_dict()).encode("utf-8"), "application/json")

    def delete_tenant(self, tenant: str) -> int:
        removed = 0
        for name in (INDEX, STATUS):
            if self._get(tenant, name) is not None:
                self._s3.delete_object(Bucket=self.bucket, Key=f"{tenant}/{name}")
                removed += 1
        return removed
