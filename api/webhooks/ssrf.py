"""Webhook targets must be public http(s) addresses, checked at registration and at send.

Private, loopback, link-local, multicast, reserved and cloud-metadata addresses are
refused in any notation (decimal, hex or octal IPv4, IPv4-mapped IPv6, …) and after DNS
resolution, unless the operator allows private targets (development, tests).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

_METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data"})


class UnsafeTarget(ValueError):
    pass


def _literal_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    try:
        # inet_aton reads the odd notations too: 2130706433, 0x7f.1, 0177.0.0.1.
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return _is_public(mapped)
    return address.is_global and not address.is_multicast


def check_url_syntax(url: str, *, allow_private: bool) -> str:
    """The URL's shape and any literal address; returns the host name to resolve."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise UnsafeTarget("Webhook URLs must use http or https.")
    if parts.username or parts.password:
        raise UnsafeTarget("Webhook URLs must not carry credentials.")
    host = (parts.hostname or "").lower()
    if not host:
        raise UnsafeTarget("The webhook URL has no host.")
    if allow_private:
        return host
    if host in _METADATA_HOSTS or host == "localhost" or host.endswith((".localhost", ".local")):
        raise UnsafeTarget(f"'{host}' is not a public address.")
    literal = _literal_address(host)
    if literal is not None and not _is_public(literal):
        raise UnsafeTarget(f"'{host}' is a private, loopback or reserved address.")
    return host


async def check_url(url: str, *, allow_private: bool) -> None:
    """Full check, DNS included: every address the name resolves to must be public."""
    host = check_url_syntax(url, allow_private=allow_private)
    if allow_private or _literal_address(host) is not None:
        return
    port = urlsplit(url).port or (443 if url.startswith("https") else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UnsafeTarget(f"'{host}' does not resolve: {exc.strerror or exc}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not _is_public(address):
            raise UnsafeTarget(f"'{host}' resolves to {address}, which is not public.")
