"""``recoupe serve``: a Starlette app over the store.

Every page has a JSON twin (the same path ending in ``.json``) made from the same library
call (``recoupe.web.views``). Each request opens the store afresh, so articles that a
``recoupe run --db`` adds while the server runs show on the next reload. Article text is
untrusted: pages are autoescaped Jinja2, sent with a Content-Security-Policy that allows no
script; ids and parameters are checked (404 or 400, never a traceback); uploads are bounded.
"""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..render.html import environment, helpers, highlighted
from ..render.store import Store
from ..records import Article, Story
from . import views

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
# An upload larger than this is refused (413) before it is read into a run.
MAX_UPLOAD_MB = 20
SUFFIXES = (".txt", ".html", ".htm", ".md", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")


def _page(name: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status, headers=HEADERS)


def _json(data, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=HEADERS)


def _twin(path_value: str) -> tuple[str, bool]:
    """("abc", True) for "abc.json": the page's id and whether its JSON twin is asked."""
    return (path_value[:-5], True) if path_value.endswith(".json") else (path_value, False)


def create_app(db: str | Path, *, max_upload_mb: float = MAX_UPLOAD_MB) -> Starlette:
    db = str(db)
    Store(db).close()                         # fails now, with the store's own message, if it cannot be opened

    def store() -> Store:
        return Store(db)

    async def index(request: Request):
        twin = request.url.path.endswith(".json")
        p = request.query_params
        with store() as s:
            try:
                data = views.index(s, q=p.get("q", ""), outlet=p.get("outlet", ""), since=p.get("since", ""),
                                   until=p.get("until", ""), language=p.get("language", ""),
                                   contested=p.get("contested", ""))
            except views.BadParameter as err:
                raise HTTPException(400, str(err)) from err
        return _json(data) if twin else _page("web_index.html", data=data, max_upload_mb=max_upload_mb,
                                               query_string=str(request.query_params))

    def lookup(request: Request, param: str, view, what: str) -> tuple[str, dict, bool]:
        """The page's key, what the view gives for it (404 when nothing), and whether JSON is asked."""
        key, twin = _twin(request.path_params[param])
        with store() as s:
            data = view(s, key)
        if data is None:
            raise HTTPException(404, f"no {what} {key!r} in this store")
        return key, data, twin

    async def story(request: Request):
        sid, data, twin = lookup(request, "sid", views.story, "story")
        if twin:
            return _json(data)
        found = Story.from_dict(data["story"])
        with store() as s:
            members = s.members([sid]).get(sid, [])
        links = helpers(members, link=lambda aid, p: f"/article/{quote(aid)}" + (f"#p{p}" if p is not None else ""))
        return _page("web_story.html", data=data, s=found, **links)

    async def article(request: Request):
        _, data, twin = lookup(request, "aid", views.article, "article")
        return _json(data) if twin else _page("web_article.html", data=data, a=Article.from_dict(data["article"]),
                                              highlighted=highlighted)

    async def outlet(request: Request):
        _, data, twin = lookup(request, "name", views.outlet, "outlet")
        return _json(data) if twin else _page("web_outlet.html", data=data)

    async def export(request: Request):
        kind, fmt = request.path_params["kind"], request.path_params["fmt"]
        if fmt not in ("csv", "xlsx"):
            raise HTTPException(400, f"export format {fmt!r}: choose csv or xlsx")
        with store() as s:
            try:
                head, rows = views.table(s, kind)
            except views.BadParameter as err:
                raise HTTPException(400, str(err)) from err
        disposition = {"Content-Disposition": f'attachment; filename="recoupe-{kind}.{fmt}"'}
        if fmt == "csv":
            buf = io.StringIO()
            writer = csv.writer(buf)
            writer.writerow(head)
            writer.writerows([_cell(x) for x in row] for row in rows)
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=HEADERS | disposition)
        return Response(_xlsx(kind, head, rows), headers=HEADERS | disposition,
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    async def upload(request: Request):
        """POST /api/articles (JSON answer) and the upload form (back to the list): the files are
        run as ``recoupe run --db`` runs them, joining the stories already stored."""
        size = int(request.headers.get("content-length") or 0)
        if size > max_upload_mb * 1_000_000:
            raise HTTPException(413, f"upload of {size / 1e6:.1f} MB: the limit is {max_upload_mb:g} MB; "
                                     f"send fewer files at a time, or run recoupe run --db on them")
        form = await request.form(max_files=200, max_fields=20, max_part_size=int(max_upload_mb * 1_000_000))
        files = [f for f in form.getlist("files") if hasattr(f, "filename")]
        if not files:
            raise HTTPException(400, "no file sent: post them as multipart form field 'files'")
        report = await _run_files(db, files, max_upload_mb)
        if request.url.path.startswith("/api/"):
            return _json(report, status=201 if report["articles"] else 200)
        return RedirectResponse("/", status_code=303, headers=HEADERS)

    async def not_found(request: Request, exc: HTTPException):
        return _error(request, exc.status_code, exc.detail)

    async def server_error(request: Request, exc: Exception):
        return _error(request, 500, "the server could not show this page; the error is in its log")

    routes = [Route("/", index), Route("/index.json", index), Route("/story/{sid}", story),
              Route("/article/{aid}", article), Route("/outlet/{name}", outlet),
              Route("/export/{kind}.{fmt}", export), Route("/api/articles", upload, methods=["POST"]),
              Route("/upload", upload, methods=["POST"])]
    return Starlette(routes=routes, exception_handlers={HTTPException: not_found, 500: server_error})


def _error(request: Request, status: int, message: str):
    if request.url.path.endswith(".json") or request.url.path.startswith("/api/"):
        return _json({"error": message, "status": status}, status=status)
    return _page("web_error.html", status=status, status_code=status, message=message)


def _cell(x):
    """A spreadsheet cell that a spreadsheet will not run: text starting with = + - @ is quoted."""
    if isinstance(x, str) and x[:1] in ("=", "+", "-", "@"):
        return "'" + x
    return x


def _xlsx(kind: str, head: list[str], rows: list[list]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(kind)
    sheet.append(head)
    for row in rows:
        sheet.append([_cell(x) for x in row])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


async def _run_files(db: str, files, max_upload_mb: float) -> dict:
    from starlette.concurrency import run_in_threadpool

    from .. import run

    with tempfile.TemporaryDirectory(prefix="recoupe-upload-") as tmp:
        paths, refused = [], []
        for k, f in enumerate(files):
            name = Path(f.filename or "").name or f"upload-{k}.txt"
            if not name.lower().endswith(SUFFIXES):
                refused.append({"input": name, "status": "skipped",
                                "reason": f"not a format recoupe reads ({', '.join(SUFFIXES)})"})
                continue
            target = Path(tmp) / f"{k:04d}" / name          # the name is kept, never the path it claims
            target.parent.mkdir()
            target.write_bytes(await f.read())
            paths.append(str(target))

        def work() -> dict:
            if not paths:
                return {"articles": 0, "stories": 0, "outcomes": refused}
            with Store(db) as s:
                dossier = run(paths, store=s)
                s.save(dossier, paths)
            return {"articles": len(dossier.articles), "stories": len(dossier.stories),
                    "outcomes": refused + [o.to_dict() for o in dossier.outcomes]}

        return await run_in_threadpool(work)


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
