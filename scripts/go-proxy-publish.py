#!/usr/bin/env python3
"""Add one version of a Go module to a folder in the GOPROXY protocol's layout.

    go-proxy-publish.py PROXY_DIR MODULE VERSION MODULE_DIR

writes PROXY_DIR/<module>/@v/<version>.mod, .zip and .info, and adds the version to @v/list, as a
module proxy serves a tagged release (https://go.dev/ref/mod#goproxy-protocol). The zip holds every
file of MODULE_DIR under <module>@<version>/, in a stable order. It refuses a version the proxy has.
"""
import json
import os
import re
import sys
import zipfile
from datetime import datetime, timezone


def escape(path: str) -> str:
    # The protocol's case encoding: an upper-case letter becomes '!' and its lower case.
    return re.sub(r"[A-Z]", lambda m: "!" + m.group(0).lower(), path)


def main() -> None:
    proxy_dir, module, version, module_dir = sys.argv[1:]
    if not re.fullmatch(r"v\d+\.\d+\.\d+", version):
        sys.exit(f"go-proxy-publish: refused: {version!r} is not a version vX.Y.Z")
    versions = os.path.join(proxy_dir, escape(module), "@v")
    base = os.path.join(versions, escape(version))
    if os.path.exists(base + ".info"):
        sys.exit(f"go-proxy-publish: refused: {module} {version} already exists in {proxy_dir}")
    os.makedirs(versions, exist_ok=True)
    files = sorted(
        os.path.relpath(os.path.join(root, name), module_dir)
        for root, _, names in os.walk(module_dir)
        for name in names
    )
    with zipfile.ZipFile(base + ".zip.partial", "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(os.path.join(module_dir, name), f"{module}@{version}/{name}")
    with open(os.path.join(module_dir, "go.mod"), "rb") as source, open(base + ".mod", "wb") as target:
        target.write(source.read())
    os.replace(base + ".zip.partial", base + ".zip")
    with open(os.path.join(versions, "list"), "a", encoding="utf-8") as listing:
        listing.write(version + "\n")
    # The .info file last: its presence is what says the version is published.
    with open(base + ".info", "w", encoding="utf-8") as info:
        json.dump({"Version": version, "Time": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}, info)


if __name__ == "__main__":
    main()
