"""What a Hub server (or a user) names, checked before it becomes a path in the cache.

A server controls the commit (X-Repo-Commit), the file names of its listing and the checksum; a user
types the repository and the revision. Each becomes part of a path under the Hugging Face cache, so each
is checked here: a commit is 40 lowercase hex digits, a repository `owner/name` in the Hub's own
characters, a file name or revision a relative, normalised path without `..`. And before anything is
written, the resolved path (symlinks followed) must still be inside the folder meant for it.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path

from engine.library.hub_access import HubError

COMMIT_PATTERN = re.compile(r"^[0-9a-f]{40}$")
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
# The Hub's rule for repository names: letters, digits, '-', '_', '.'; not starting with '-' or '.'.
_REPO_PART = r"[A-Za-z0-9_][A-Za-z0-9._-]{0,95}"
REPO_ID_PATTERN = re.compile(rf"^{_REPO_PART}/{_REPO_PART}$")
_REF_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._+-]{0,254}$")
MAX_NAME_CHARS = 1000


def check_repo_id(repo_id: str) -> str:
    if not REPO_ID_PATTERN.match(repo_id) or "--" in repo_id or ".." in repo_id:
        raise HubError(
            f"'{_shown(repo_id)}' is not a Hub repository name: expected owner/name, with letters, "
            "digits, '-', '_' and '.'"
        )
    return repo_id


def check_commit(commit: str | None, what: str) -> str:
    if commit is None or not COMMIT_PATTERN.match(commit):
        raise HubError(
            f"{what}: the server named the commit '{_shown(commit or '')}', not a 40-digit hex commit "
            "id; nothing was downloaded"
        )
    return commit


def check_sha256(digest: str | None, what: str) -> str:
    if digest is None or not SHA256_PATTERN.match(digest):
        raise HubError(f"{what}: not a large (LFS) file, so there is no checksum to verify")
    return digest


def is_safe_filename(name: str) -> bool:
    """A relative, normalised POSIX path in the repository: no '..', '.', empty part, '\\' or control."""
    if not name or len(name) > MAX_NAME_CHARS or "\\" in name or ":" in name:
        return False
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        return False
    if name.startswith("/") or posixpath.normpath(name) != name:
        return False
    return all(part not in ("", ".", "..") and len(part) <= 255 for part in name.split("/"))


def check_filename(name: str, what: str) -> str:
    if not is_safe_filename(name):
        raise HubError(
            f"{what}: '{_shown(name)}' is not a safe file name (it must be a relative path inside the "
            "repository, without '..'); nothing was downloaded"
        )
    return name


def check_revision(revision: str) -> str:
    """A branch, tag or commit: refs/<revision> is written in the cache, so it is a path too."""
    parts = revision.split("/")
    if len(revision) > 255 or not all(_REF_PART.match(part) and ".." not in part for part in parts):
        raise HubError(
            f"'{_shown(revision)}' is not a revision name: a branch, tag or commit id, with letters, "
            "digits, '-', '_', '.' and '/'"
        )
    return revision


def inside(root: Path, path: Path, what: str) -> Path:
    """`path`, after checking that with every symlink resolved it lies under `root` (also resolved)."""
    real_root = Path(os.path.realpath(root))
    real = Path(os.path.realpath(path))
    if real != real_root and real_root not in real.parents:
        raise HubError(
            f"{what}: refusing to write {path}: it resolves to {real}, outside the Hugging Face cache "
            f"folder {real_root}"
        )
    return path


def _shown(text: str) -> str:
    """A hostile name, cut short and with control characters escaped, for a message."""
    shown = text.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= 80 else shown[:77] + "…"
