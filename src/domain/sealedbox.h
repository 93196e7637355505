// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace stadtlabor {

// libsodium's sealed box (crypto_box_seal): anyone with the hub's X25519 public key can seal,
// only the holder of the secret key can open. The kiosk seals personal data before it reaches
// disk and can never read it back.
namespace SealedBox {

inline constexpr int publicKeyBytes = 32;
inline constexpr int secretKeyBytes = 32;

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};

bool initialize(); // sodium_init(); safe to call more than once
KeyPair generateKeyPair();
// Empty when the key is not 32 bytes or libsodium fails.
QByteArray seal(const QByteArray &plaintext, const QByteArray &publicKey);
// nullopt when the keys do not match the box or the box is damaged.
std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &publicKey, const QByteArray &secretKey);

} // namespace SealedBox

} // namespace stadtlabor
