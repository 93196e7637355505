// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedbox.h"

#include <sodium.h>

namespace stadtlabor {

namespace SealedBox {

static_assert(publicKeyBytes == crypto_box_PUBLICKEYBYTES, "X25519 public keys are 32 bytes");
static_assert(secretKeyBytes == crypto_box_SECRETKEYBYTES, "X25519 secret keys are 32 bytes");

namespace {

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

bool initialize()
{
    // sodium_init() is thread-safe and returns 1 when already initialised; the static keeps
    // the answer of the first call.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

KeyPair generateKeyPair()
{
    KeyPair pair;
    if (!initialize())
        return pair;
    pair.publicKey = QByteArray(publicKeyBytes, '\0');
    pair.secretKey = QByteArray(secretKeyBytes, '\0');
    if (crypto_box_keypair(bytes(pair.publicKey), bytes(pair.secretKey)) != 0) {
        sodium_memzero(pair.secretKey.data(), size_t(pair.secretKey.size()));
        return KeyPair();
    }
    return pair;
}

QByteArray seal(const QByteArray &plaintext, const QByteArray &publicKey)
{
    if (publicKey.size() != publicKeyBytes || !initialize())
        return QByteArray();
    QByteArray sealed(plaintext.size() + qsizetype(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal(bytes(sealed), bytes(plaintext), static_cast<unsigned long long>(plaintext.size()),
                        bytes(publicKey))
        != 0)
        return QByteArray();
    return sealed;
}

std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &publicKey, const QByteArray &secretKey)
{
    if (publicKey.size() != publicKeyBytes || secretKey.size() != secretKeyBytes
        || sealed.size() < qsizetype(crypto_box_SEALBYTES) || !initialize())
        return std::nullopt;
    QByteArray plaintext(sealed.size() - qsizetype(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(bytes(plaintext), bytes(sealed), static_cast<unsigned long long>(sealed.size()),
                             bytes(publicKey), bytes(secretKey))
        != 0)
        return std::nullopt;
    return plaintext;
}

} // namespace SealedBox

} // namespace stadtlabor
