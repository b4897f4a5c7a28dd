// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

namespace Club::Core {

// The one implementation of the clubserver request signature (API v1, "Terminal
// authentication"), used by the server to check and by the desktop/POS client to sign, so
// the two can never disagree on a byte of the canonical string.
//
//   canonical = METHOD \n PATH_WITH_QUERY \n timestamp \n nonce \n hex(SHA256(body)) \n session
//   X-Club-Signature = base64url(HMAC-SHA256(terminal secret, canonical)), no padding
namespace RequestSigning {

inline constexpr QByteArrayView kTerminalHeader = "X-Club-Terminal";
inline constexpr QByteArrayView kTimestampHeader = "X-Club-Timestamp";
inline constexpr QByteArrayView kNonceHeader = "X-Club-Nonce";
inline constexpr QByteArrayView kSessionHeader = "X-Club-Session";
inline constexpr QByteArrayView kSignatureHeader = "X-Club-Signature";

inline constexpr int kSecretSize = 32;
inline constexpr int kNonceSize = 16;
inline constexpr qint64 kMaxClockSkewSecs = 300;
inline constexpr qint64 kNonceLifetimeSecs = 600;

// Lower-case hex of SHA-256(body); the hash of an empty body for GET/DELETE.
QByteArray bodyHash(QByteArrayView body);

// The exact bytes that are signed. `method` is upper-cased; `pathWithQuery` is taken as sent.
QByteArray canonical(QByteArrayView method, QByteArrayView pathWithQuery, qint64 timestamp, QByteArrayView nonce,
                     QByteArrayView body, QByteArrayView sessionToken);

// base64url (no padding) of HMAC-SHA256(secret, canonical).
QByteArray signature(QByteArrayView secret, QByteArrayView canonicalBytes);

// Constant-time check of a received X-Club-Signature value against the expected one.
bool verify(QByteArrayView secret, QByteArrayView canonicalBytes, QByteArrayView receivedSignature);

// Constant-time equality of two byte strings (length is not secret).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// 16 random bytes as base64url, for X-Club-Nonce.
QByteArray newNonce();
// `size` random bytes (secrets, session tokens).
QByteArray randomBytes(int size);

QByteArray toBase64Url(QByteArrayView bytes);
// Accepts base64url with or without padding; nullopt on anything else.
std::optional<QByteArray> fromBase64Url(QByteArrayView text);

// Everything a client adds to one request: the five X-Club-* headers (session omitted when
// empty), in a form that maps onto QNetworkRequest::setRawHeader.
QList<QPair<QByteArray, QByteArray>> headers(QByteArrayView terminalId, QByteArrayView secret, QByteArrayView method,
                                             QByteArrayView pathWithQuery, QByteArrayView body,
                                             QByteArrayView sessionToken, qint64 timestamp,
                                             QByteArrayView nonce = {});

} // namespace RequestSigning
} // namespace Club::Core
