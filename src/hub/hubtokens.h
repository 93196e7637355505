// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace stadtlabor::hub::Tokens {

// 256 random bits (libsodium), base64url without padding: 43 characters.
QString newToken();
// 60 random bits as 12 characters of Crockford's base32 in three groups: "7KQM-2XHD-9RTA".
QString newEnrolCode();
// The canonical form of a typed code: upper case, no separators, O->0, I/L->1. Empty when the
// text cannot be a code.
QString normalizeEnrolCode(const QString &typed);
// What the database keeps: the SHA-256 of the secret, hex.
QString hash(const QString &secret);
// Constant-time comparison of two hashes (sodium_memcmp); false when the lengths differ.
bool equal(const QString &a, const QString &b);
// Whether the text could be a token at all (length and alphabet); cheap rejection before a lookup.
bool looksLikeToken(const QString &text);

} // namespace stadtlabor::hub::Tokens
