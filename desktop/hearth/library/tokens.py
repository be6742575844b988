"""The Hugging Face token, kept in the OS keyring (never in settings.json or a log).

Gated and private models need a token. The keyring is the system's own
password store (Keychain, Windows Credential Locker, Secret Service / KWallet);
where none is available, saving says so and downloads go on without a token.
"""

from __future__ import annotations

import logging

from hearth.errors import HearthError

log = logging.getLogger(__name__)

SERVICE = "Hearth"
ACCOUNT = "huggingface-token"
# The key other apps send to `hearth serve` and the window's "serve other apps".
SERVE_KEY_ACCOUNT = "serve-api-key"


class TokenError(HearthError):
    """The token could not be saved or removed (no usable keyring)."""


def _unavailable(exc: Exception) -> TokenError:
    # Only the exception's type: its text may echo what was being stored.
    return TokenError(
        "keyring_unavailable",
        "This computer has no password store Hearth can use, so the token cannot be saved. "
        "On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet).",
        detail=type(exc).__name__,
    )


def get_token(account: str = ACCOUNT) -> str | None:
    """The saved token, or None when there is none or no keyring can be read."""
    import keyring
    from keyring.errors import KeyringError

    try:
        token = keyring.get_password(SERVICE, account)
    except (KeyringError, RuntimeError, OSError) as exc:
        log.info("No Hugging Face token: the keyring cannot be read (%s)", type(exc).__name__)
        return None
    return (token or "").strip() or None


def has_token() -> bool:
    return get_token() is not None


def set_token(token: str, account: str = ACCOUNT) -> None:
    """Save the token in the keyring (an empty token removes it)."""
    token = token.strip()
    if not token:
        delete_token(account)
        return
    if any(ch.isspace() for ch in token):
        raise TokenError(
            "token_malformed", "A Hugging Face token is one word without spaces (hf_...)."
        )
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account, token)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise _unavailable(exc) from None
    log.info("%s saved in the keyring", account)


def delete_token(account: str = ACCOUNT) -> None:
    """Forget the token; no error when there was none."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account)
    except PasswordDeleteError:
        return
    except (KeyringError, RuntimeError, OSError) as exc:
        raise _unavailable(exc) from None
    log.info("%s removed from the keyring", account)
