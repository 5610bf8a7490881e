"""The JSON contract for machine users (see docs/json.md) and JSON Lines of claims."""

from __future__ import annotations

import json

from pydantic import BaseModel

from ..pipeline import Result
from ..records import Claim, Document, Finding


class Output(BaseModel):
    """The shape of `checker check --format json` (documents are given without their text)."""

    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding]


def document_data(result: Result) -> list[dict]:
    return [d.model_dump(mode="json") for d in result.documents]


def render(result: Result, claims_only: bool = False) -> str:
    data: dict = {"documents": document_data(result), "claims": [c.model_dump(mode="json") for c in result.claims]}
    if not claims_only:
        data["findings"] = [f.model_dump(mode="json") for f in result.findings]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(result: Result) -> str:
    return "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n" for c in result.claims)
