"""The text of a PDF, page by page (pypdf, pure Python), for documents such as UN and OCHA reports.

The pages' texts are joined with a form feed between them, so that a claim's offset in that text gives its page
and its line on the page (SourceMap.page_starts). An encrypted or broken PDF is one LoadError (I310).
"""

from __future__ import annotations

import io
import logging

PAGE_BREAK = "\n\f\n"
"""Between two pages' texts (a paragraph break); a page's first line follows it."""


class PdfError(Exception):
    """A PDF whose text cannot be read: why, in one line."""


def pdf_text(data: bytes) -> tuple[str, tuple[int, ...]]:
    """The text of the PDF ``data`` and the offsets where each page's text begins. Raises PdfError for an
    encrypted PDF that needs a password, or one pypdf cannot parse."""
    from pypdf import PdfReader  # imported here: a run without PDFs never pays for it (a quarter of a second)
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # (its warnings about sloppy files are no findings)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # (an owner password alone still lets it be read)
            raise PdfError("an encrypted PDF that needs a password; save an unencrypted copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, NotImplementedError) as e:
        first = (str(e).splitlines() or [type(e).__name__])[0]
        raise PdfError(f"not a readable PDF ({first})") from None
    starts, text = [], ""
    for i, page in enumerate(pages):
        if i:
            text += PAGE_BREAK
        starts.append(len(text))
        text += page.replace("\f", "\n")
    return text, tuple(starts or [0])
