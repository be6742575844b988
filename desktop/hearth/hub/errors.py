"""The hub's failures, in one vocabulary of kinds a person can act on.

Everything that talks to the hub (search, listings, header reads, downloads)
turns what went wrong into a HubError with a stable `hub_*` kind and
parameters, so the GUI can say it in the user's language (ui/messages.py
words every kind raised here; tests/gui/test_hub_messages.py checks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from hearth.errors import HearthError

# HTTP statuses a download retries with backoff (429 honours Retry-After).
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class HubError(HearthError):
    """The hub refused a request, could not be reached, or has no such model or file."""


def host_of(endpoint: str) -> str:
    return urlsplit(endpoint).netloc or endpoint


def model_page(endpoint: str, repo_id: str) -> str:
    return f"{endpoint.rstrip('/')}/{repo_id}"


def gated(repo_id: str, endpoint: str, has_token: bool) -> HubError:
    page = model_page(endpoint, repo_id)
    if has_token:
        text = (
            f"{repo_id} is a gated model and your Hugging Face account has no access yet: "
            f"accept the license on the model's page ({page}), then try again."
        )
    else:
        text = (
            f"{repo_id} is a gated model: accept the license on the model's page ({page}), "
            "then add your Hugging Face token in Settings."
        )
    return HubError("hub_gated", text, repo=repo_id, url=page, has_token=has_token)


def repo_not_found(repo_id: str, endpoint: str) -> HubError:
    return HubError(
        "hub_repo_not_found",
        f"There is no model {repo_id} on {host_of(endpoint)}. Check the name (owner/name); "
        "if it is a private model, add your Hugging Face token in Settings.",
        repo=repo_id,
        host=host_of(endpoint),
    )


def file_not_found(repo_id: str, filename: str) -> HubError:
    return HubError(
        "hub_file_not_found",
        f"The model {repo_id} has no file {filename}.",
        repo=repo_id,
        file=filename,
    )


def offline(endpoint: str, detail: str = "") -> HubError:
    host = host_of(endpoint)
    return HubError(
        "hub_offline",
        f"Cannot reach {host}. Check the internet connection; where it is slow or blocked, "
        "set a mirror as the hub address in Settings. What was downloaded so far is kept.",
        host=host,
        detail=detail,
    )


def from_status(
    status: int,
    headers: Mapping[str, str],
    *,
    repo_id: str,
    filename: str,
    endpoint: str,
    has_token: bool,
) -> HubError:
    """A HubError for an HTTP error answer from the hub (or its file servers)."""
    code = headers.get("X-Error-Code", "")
    message = headers.get("X-Error-Message", "")
    if code == "GatedRepo":
        return gated(repo_id, endpoint, has_token)
    if code == "EntryNotFound" or (status == 404 and filename and code != "RepoNotFound"):
        return file_not_found(repo_id, filename)
    if status == 401 and "invalid credentials" in message.lower():
        return HubError(
            "hub_token_invalid",
            "The hub did not accept your Hugging Face token. Check it in Settings "
            "(a read token from huggingface.co/settings/tokens).",
            repo=repo_id,
        )
    if code in ("RepoNotFound", "RevisionNotFound") or status in (401, 404):
        return repo_not_found(repo_id, endpoint)
    if status == 403:
        return HubError(
            "hub_forbidden",
            f"The hub refused access to {filename or repo_id} (403 Forbidden). Your token may "
            "lack permission for it, or access may be blocked where you are: a mirror set "
            "as the hub address in Settings can help.",
            repo=repo_id,
            file=filename,
        )
    if status == 429:
        return HubError(
            "hub_rate_limited",
            "The hub is limiting how fast you can download (too many requests). Hearth waited "
            "and retried; try again in a few minutes. What was downloaded so far is kept.",
            repo=repo_id,
            retry_after=headers.get("Retry-After", ""),
        )
    if status >= 500:
        return HubError(
            "hub_server_error",
            f"The hub had a problem on its side (HTTP {status}). Hearth retried several times; "
            "try again later. What was downloaded so far is kept.",
            repo=repo_id,
            status=status,
        )
    return HubError(
        "hub_http_error",
        f"The hub answered with an error (HTTP {status}) for {filename or repo_id}.",
        repo=repo_id,
        file=filename,
        status=status,
    )


def translate(
    exc: BaseException, *, repo_id: str, filename: str = "", endpoint: str
) -> HearthError:
    """Any failure of a huggingface_hub call (or of the network under it) as a HearthError."""
    if isinstance(exc, HearthError):
        return exc
    import httpx2
    from huggingface_hub import errors as hf

    has_token = False
    response = getattr(exc, "response", None)
    if response is not None:
        request = getattr(response, "request", None)
        headers = getattr(request, "headers", None) or {}
        has_token = "authorization" in {k.lower() for k in headers}
    if isinstance(exc, hf.GatedRepoError):
        return gated(repo_id, endpoint, has_token)
    if isinstance(exc, hf.RepositoryNotFoundError | hf.RevisionNotFoundError):
        return repo_not_found(repo_id, endpoint)
    if isinstance(exc, hf.RemoteEntryNotFoundError):
        return file_not_found(repo_id, filename)
    if isinstance(exc, hf.OfflineModeIsEnabled):
        return offline(endpoint, "HF_HUB_OFFLINE is set")
    if isinstance(exc, hf.HfHubHTTPError) and response is not None:
        return from_status(
            int(response.status_code),
            response.headers,
            repo_id=repo_id,
            filename=filename,
            endpoint=endpoint,
            has_token=has_token,
        )
    if isinstance(exc, httpx2.TransportError | OSError):
        return offline(endpoint, str(exc))
    return HubError(
        "hub_unexpected",
        f"Talking to the hub about {repo_id} failed: {exc}",
        repo=repo_id,
        detail=str(exc),
    )
