"""The newsroom service: an HTTP API (OpenAPI documented) and the web pages, served by
``borderstats serve`` from one read-only store. :func:`borderstats.web.app.create_app` builds
the application; the pages' chart specifications are in :mod:`borderstats.web.specs`."""
