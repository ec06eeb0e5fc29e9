"""API docs: Swagger UI at /docs served by the app itself, and the request bodies the routes read by hand."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from pydantic.json_schema import models_json_schema

from .schemas import ClusterIn, StreamIn

_REF = "#/components/schemas/{model}"
CLUSTERS_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": _REF.format(model="ClusterIn")}},
            "multipart/form-data": {"schema": {
                "type": "object",
                "properties": {
                    "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                              "description": ".txt or .html article files"},
                    "text": {"type": "string", "description": "pasted articles, separated by a line '---'"},
                    "words": {"type": "integer"},
                },
            }},
        },
    }
}
ARTICLES_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"$ref": _REF.format(model="StreamIn")}}}}}


def _with_request_models(app: FastAPI):
    """``app.openapi`` plus the request models (the routes parse their bodies themselves, so FastAPI omits them)."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            _, defs = models_json_schema([(ClusterIn, "validation"), (StreamIn, "validation")], ref_template=_REF)
            schema.setdefault("components", {}).setdefault("schemas", {}).update(defs.get("$defs", {}))
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi


def install_docs(app: FastAPI) -> None:
    """OpenAPI docs at /docs with Swagger UI served by the app itself (no CDN: works offline)."""
    import fastapi_offline
    from fastapi.openapi.docs import get_swagger_ui_html

    assets = Path(fastapi_offline.__file__).resolve().parent / "static"  # Swagger UI 5, shipped in the wheel
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="tomtat API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon.png",
                                   swagger_ui_parameters={"validatorUrl": None})  # no badge from swagger.io
    app.openapi = _with_request_models(app)
