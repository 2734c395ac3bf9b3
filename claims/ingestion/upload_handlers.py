"""An upload handler that stops reading a request once its files pass a total size (UP-1).

Django's own limits do not cover file bodies (DATA_UPLOAD_MAX_MEMORY_SIZE skips them), so without
this a 30 MB upload is read to the end and spooled to disk. Registered per view, first in
`request.upload_handlers`, before anything reads request.POST.
"""

from __future__ import annotations

from typing import Any

from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest, QueryDict
from django.utils.datastructures import MultiValueDict

# Multipart framing and the small form fields around the files.
_OVERHEAD = 64 * 1024


class UploadLimitHandler(FileUploadHandler):
    def __init__(self, request: HttpRequest | None = None, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: bytes,
        encoding: str | None = None,
    ) -> tuple[QueryDict, MultiValueDict] | None:
        # An honest Content-Length over the limit: refuse before reading a byte of the body.
        if content_length and content_length > self.limit + _OVERHEAD:
            self.exceeded = True
            return QueryDict(encoding=encoding), MultiValueDict()
        return None

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        # Count what really arrives (chunked bodies have no Content-Length to trust).
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            # connection_reset: do not drain the rest of a body we are refusing; the parser
            # closes (and so deletes) the temporary files already started.
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None
