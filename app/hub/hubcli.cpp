// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubcli.h"

#include "csvwriter.h"
#include "hubapi.h"
#include "hubdatabase.h"
#include "hubstore.h"
#include "platform.h"
#include "sealedbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>
#include <sodium.h>

namespace stadtlabor::hub {

namespace {

constexpr int exitFailed = 1;
constexpr int exitUsage = 2;
const QString defaultDb = QStringLiteral("sqlite:stadtlabor-hub.sqlite");

int fail(const QString &message, int code = exitFailed)
{
    std::fprintf(stderr, "stadtlabor-hub: error: %s\n", qPrintable(message.simplified()));
    return code;
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

struct Command
{
    QString name;
    QString synopsis;
    QString description;
};

const QList<Command> &commands()
{
    static const QList<Command> list{
        {QStringLiteral("serve"), QStringLiteral("serve --listen HOST:PORT [--secret-key FILE] [--rate-limit N] [--max-body BYTES] [--trust-proxy]"),
         QStringLiteral("Runs the HTTP API until SIGTERM or SIGINT.")},
        {QStringLiteral("enroll-code"), QStringLiteral("enroll-code --name NAME [--ttl HOURS]"),
         QStringLiteral("Prints a one-time enrolment code for a new kiosk (valid 24 hours by default).")},
        {QStringLiteral("admin-token"), QStringLiteral("admin-token"),
         QStringLiteral("Prints a new admin token; the previous one stops working.")},
        {QStringLiteral("keygen"), QStringLiteral("keygen --secret-key FILE [--replace]"),
         QStringLiteral("Makes the key pair for sealed contact data; the public key goes into the served catalogue.")},
        {QStringLiteral("catalogue"), QStringLiteral("catalogue import FILE | catalogue export"),
         QStringLiteral("Replaces the catalogue the kiosks pull (validated first), or prints it.")},
        {QStringLiteral("export"), QStringLiteral("export monitor|fonds --format csv [--since YYYY-MM-DD] [--secret-key FILE]"),
         QStringLiteral("Prints the collected StadtRaumMonitor responses or Bochum-Fonds ideas as CSV.")},
        {QStringLiteral("devices"), QStringLiteral("devices list | devices revoke ID"),
         QStringLiteral("Lists the enrolled kiosks, or revokes one (its token stops working at once).")},
    };
    return list;
}

QString overview()
{
    QString text = QStringLiteral("Usage: stadtlabor-hub COMMAND [options]\n\n"
                                  "The central endpoint of the Stadtlabor kiosks (API v1).\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.description);
    text += QStringLiteral("\nEvery command takes --db URL: sqlite:PATH (default %1) or\n"
                           "postgresql://user:password@host:port/dbname. `stadtlabor-hub COMMAND --help` tells more.\n")
                .arg(defaultDb);
    return text;
}

// Reads the secret key file, refusing one that others could read or change.
bool readSecretKey(const QString &path, const QByteArray &publicKey, QByteArray *secretKey, QString *error)
{
    if (!QFile::exists(path)) {
        *error = QStringLiteral("cannot read the secret key %1: no such file").arg(path);
        return false;
    }
    QString problem;
    if (!platform::isPrivateFile(path, &problem)) {
        *error = QStringLiteral("the secret key %1 %2").arg(path, problem);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the secret key %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray key = QByteArray::fromBase64(file.read(200).trimmed());
    if (key.size() != SealedBox::secretKeyBytes) {
        *error = QStringLiteral("%1 is not a secret key made by `stadtlabor-hub keygen`").arg(path);
        return false;
    }
    QByteArray derived(SealedBox::publicKeyBytes, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(derived.data()),
                           reinterpret_cast<const unsigned char *>(key.constData()));
    if (publicKey.isEmpty()) {
        *error = QStringLiteral("this hub has no key pair yet; run `stadtlabor-hub keygen --secret-key FILE` first");
        return false;
    }
    if (derived != publicKey) {
        *error = QStringLiteral("the secret key %1 does not belong to this hub's public key").arg(path);
        return false;
    }
    *secretKey = key;
    return true;
}

int serve(HubStore &store, const QCommandLineParser &p)
{
    const QString listen = p.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || !address.setAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host))
        return fail(QStringLiteral("--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8080, not \"%1\"").arg(listen), exitUsage);

    HubApi::Options options;
    if (p.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        options.rateLimitPerMinute = p.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok || options.rateLimitPerMinute < 1 || options.rateLimitPerMinute > 1000000)
            return fail(QStringLiteral("--rate-limit wants requests per minute per device, 1 to 1000000"), exitUsage);
    }
    options.trustForwardedFor = p.isSet(QStringLiteral("trust-proxy"));
    if (p.isSet(QStringLiteral("max-body"))) {
        bool ok = false;
        options.maxSubmissionBytes = p.value(QStringLiteral("max-body")).toLongLong(&ok);
        if (!ok || options.maxSubmissionBytes < 1024 || options.maxSubmissionBytes > 16 * 1024 * 1024)
            return fail(QStringLiteral("--max-body wants bytes from 1024 to 16777216"), exitUsage);
    }
    QString error;
    if (p.isSet(QStringLiteral("secret-key"))) {
        const QByteArray publicKey = store.publicKey(&error);
        if (!error.isEmpty())
            return fail(error);
        if (!readSecretKey(p.value(QStringLiteral("secret-key")), publicKey, &options.secretKey, &error))
            return fail(error);
    }
    if (!store.ensureCatalogue(&error))
        return fail(QStringLiteral("cannot set up the catalogue: %1").arg(error));

    HubApi api(store, options);
    if (!api.start(address, quint16(port), &error))
        return fail(error);

    const bool stopHandled = platform::onStopRequest(&api, [&api] {
        std::fprintf(stderr, "stadtlabor-hub: stopping; finishing requests in flight\n");
        api.stop(10000, [] { QCoreApplication::quit(); });
    }, &error);
    if (!stopHandled)
        return fail(error);

    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
    std::fprintf(stderr, "stadtlabor-hub %s: database %s, contact data %s\n", STADTLABOR_VERSION,
                 qPrintable(store.kindName()), options.secretKey.isEmpty() ? "sealed (no --secret-key)" : "can be exported");
    std::fprintf(stderr, "stadtlabor-hub: listening on http://%s:%u\n", qPrintable(shown), unsigned(api.port()));
    std::fflush(stderr);
    const int code = QCoreApplication::exec();
    std::fprintf(stderr, "stadtlabor-hub: stopped\n");
    return code;
}

} // namespace

int runCli(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(overview());
        return command.isEmpty() ? exitUsage : 0;
    }
    if (command == QLatin1String("--version")) {
        out(QStringLiteral("stadtlabor-hub %1\n").arg(QStringLiteral(STADTLABOR_VERSION)));
        return 0;
    }
    const auto found = std::find_if(commands().cbegin(), commands().cend(), [&](const Command &c) { return c.name == command; });
    if (found == commands().cend())
        return fail(QStringLiteral("unknown command \"%1\"; see stadtlabor-hub --help").arg(command.left(40)), exitUsage);

    QCommandLineParser p;
    p.setApplicationDescription(found->description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Shows this help."));
    p.addOption(help);
    p.addOption({QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://user:password@host:port/dbname (default %1).").arg(defaultDb),
                 QStringLiteral("URL"), qEnvironmentVariable("STADTLABOR_HUB_DB", defaultDb)});
    if (command == QLatin1String("serve")) {
        p.addOption({QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8080 (port 0: any free one)."),
                     QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")});
        p.addOption({QStringLiteral("secret-key"), QStringLiteral("The secret key from keygen, to export contact data (mode 600)."), QStringLiteral("FILE")});
        p.addOption({QStringLiteral("rate-limit"), QStringLiteral("Requests per minute per device (default 600)."), QStringLiteral("N")});
        p.addOption({QStringLiteral("trust-proxy"), QStringLiteral("Behind a reverse proxy: take the client address from X-Real-IP.")});
        p.addOption({QStringLiteral("max-body"), QStringLiteral("Largest submissions body in bytes, 1024 to 16777216 (default 1048576)."),
                     QStringLiteral("BYTES")});
    } else if (command == QLatin1String("enroll-code")) {
        p.addOption({QStringLiteral("name"), QStringLiteral("Which kiosk the code is for, e.g. \"Stadtlabor Eingang\"."), QStringLiteral("NAME")});
        p.addOption({QStringLiteral("ttl"), QStringLiteral("Hours the code stays valid, 1 to 720 (default 24)."), QStringLiteral("HOURS"), QStringLiteral("24")});
    } else if (command == QLatin1String("keygen")) {
        p.addOption({QStringLiteral("secret-key"), QStringLiteral("Where to write the secret key (created with mode 600)."), QStringLiteral("FILE")});
        p.addOption({QStringLiteral("replace"), QStringLiteral("Replace an existing key pair (ideas sealed to the old key need the old secret key).")});
    } else if (command == QLatin1String("export")) {
        p.addOption({QStringLiteral("format"), QStringLiteral("Output format; csv."), QStringLiteral("FORMAT"), QStringLiteral("csv")});
        p.addOption({QStringLiteral("since"), QStringLiteral("Only what arrived on or after this day (UTC)."), QStringLiteral("YYYY-MM-DD")});
        p.addOption({QStringLiteral("secret-key"), QStringLiteral("fonds: the secret key, to open the contact data."), QStringLiteral("FILE")});
    }
    if (!p.parse(arguments.mid(1)))
        return fail(p.errorText(), exitUsage);
    if (p.isSet(help)) {
        out(QStringLiteral("Usage: stadtlabor-hub %1\n\n%2\n\n").arg(found->synopsis, found->description)
            + p.helpText().section(QLatin1Char('\n'), 2));
        return 0;
    }
    // parse() takes its first argument for the program name: here that is the command itself.
    const QStringList positional = p.positionalArguments();

    QString error;
    const auto url = DbUrl::parse(p.value(QStringLiteral("db")), &error);
    if (!url)
        return fail(error, exitUsage);

    // Check the usage before touching the database.
    int ttl = 24;
    if (command == QLatin1String("enroll-code")) {
        bool ok = false;
        ttl = p.value(QStringLiteral("ttl")).toInt(&ok);
        if (!p.isSet(QStringLiteral("name")) || p.value(QStringLiteral("name")).trimmed().isEmpty())
            return fail(QStringLiteral("enroll-code needs --name NAME"), exitUsage);
        if (p.value(QStringLiteral("name")).size() > HubStore::maxDeviceNameLength)
            return fail(QStringLiteral("--name is at most %1 characters").arg(HubStore::maxDeviceNameLength), exitUsage);
        if (!ok || ttl < 1 || ttl > 720)
            return fail(QStringLiteral("--ttl wants hours from 1 to 720"), exitUsage);
    } else if (command == QLatin1String("keygen") && !p.isSet(QStringLiteral("secret-key"))) {
        return fail(QStringLiteral("keygen needs --secret-key FILE"), exitUsage);
    } else if (command == QLatin1String("catalogue")) {
        const QString verb = positional.value(0);
        if (!((verb == QLatin1String("import") && positional.size() == 2) || (verb == QLatin1String("export") && positional.size() == 1)))
            return fail(QStringLiteral("use `catalogue import FILE` or `catalogue export`"), exitUsage);
    } else if (command == QLatin1String("export")) {
        const QString what = positional.value(0);
        if (positional.size() != 1 || (what != QLatin1String("monitor") && what != QLatin1String("fonds")))
            return fail(QStringLiteral("use `export monitor --format csv` or `export fonds --format csv`"), exitUsage);
        if (p.value(QStringLiteral("format")) != QLatin1String("csv"))
            return fail(QStringLiteral("--format: only csv is offered"), exitUsage);
        if (p.isSet(QStringLiteral("since"))) {
            const QString since = p.value(QStringLiteral("since"));
            if (since.size() != 10 || !QDate::fromString(since, Qt::ISODate).isValid())
                return fail(QStringLiteral("--since wants a date YYYY-MM-DD, not \"%1\"").arg(since.left(40)), exitUsage);
        }
    } else if (command == QLatin1String("devices")) {
        const QString verb = positional.value(0);
        if (!((verb == QLatin1String("list") && positional.size() == 1) || (verb == QLatin1String("revoke") && positional.size() == 2)))
            return fail(QStringLiteral("use `devices list` or `devices revoke ID`"), exitUsage);
    } else if (!positional.isEmpty()) {
        return fail(QStringLiteral("%1 takes no arguments, got \"%2\"").arg(command, positional.constFirst().left(40)), exitUsage);
    }

    HubDatabase db;
    if (!db.open(*url))
        return fail(db.errorString());
    HubStore store(db);

    if (command == QLatin1String("serve"))
        return serve(store, p);

    if (command == QLatin1String("enroll-code")) {
        QDateTime expires;
        const QString name = p.value(QStringLiteral("name")).simplified();
        const QString code = store.newEnrolCode(name, ttl, &expires, &error);
        if (code.isEmpty())
            return fail(error);
        out(QStringLiteral("Enrolment code for %1 (valid until %2): %3\n").arg(name, expires.toString(Qt::ISODate), code));
        return 0;
    }
    if (command == QLatin1String("admin-token")) {
        const QString token = store.newAdminToken(&error);
        if (token.isEmpty())
            return fail(error);
        out(QStringLiteral("New admin token (the previous one no longer works; shown only now): %1\n").arg(token));
        return 0;
    }
    if (command == QLatin1String("keygen")) {
        const QString path = p.value(QStringLiteral("secret-key"));
        const QByteArray existing = store.publicKey(&error);
        if (!error.isEmpty())
            return fail(error);
        if (!existing.isEmpty() && !p.isSet(QStringLiteral("replace")))
            return fail(QStringLiteral("this hub has a key pair already; --replace makes a new one (keep the old secret key for older ideas)"));
        if (!SealedBox::initialize())
            return fail(QStringLiteral("libsodium could not be initialised"));
        const SealedBox::KeyPair pair = SealedBox::generateKeyPair();
        // NewOnly: created here or not at all (O_EXCL); the permissions apply at creation, as
        // mode 600 on POSIX and as an owner-only ACL on Windows (Qt 6.3+).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(QStringLiteral("cannot create %1: %2").arg(path, QFile::exists(path) ? QStringLiteral("it exists; keygen never overwrites a key")
                                                                                          : file.errorString()));
        const QByteArray content = pair.secretKey.toBase64() + '\n';
        if (file.write(content) != content.size())
            error = file.errorString();
        const bool written = error.isEmpty() && platform::syncFile(file, &error);
        file.close();
        if (!written) {
            QFile::remove(path);
            return fail(QStringLiteral("cannot write %1: %2").arg(path, error));
        }
        if (!store.setPublicKey(pair.publicKey, &error)) {
            QFile::remove(path);
            return fail(error);
        }
        out(QStringLiteral("Secret key written to %1 (mode 600; back it up offline).\n"
                           "The served catalogue now carries the public key: %2\n")
                .arg(path, QString::fromLatin1(pair.publicKey.toBase64())));
        return 0;
    }
    if (command == QLatin1String("catalogue")) {
        if (positional.value(0) == QLatin1String("export")) {
            if (!store.ensureCatalogue(&error))
                return fail(error);
            const auto catalogue = store.catalogue(&error);
            if (!catalogue)
                return fail(error);
            out(QString::fromUtf8(catalogue->document) + QLatin1Char('\n'));
            return 0;
        }
        QFile file(positional.value(1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const HubStore::ImportResult r = store.importCatalogue(file.read(8 * 1024 * 1024));
        if (!r.ok) {
            for (const QString &e : r.errors)
                std::fprintf(stderr, "%s: %s\n", qPrintable(file.fileName()), qPrintable(e));
            return fail(r.invalid ? QStringLiteral("%1 problem(s) in %2; the previous catalogue stays").arg(r.errors.size()).arg(file.fileName())
                                  : QStringLiteral("the catalogue could not be stored"));
        }
        out(QStringLiteral("Catalogue %1 imported; ETag %2\n").arg(r.version, r.etag));
        return 0;
    }
    if (command == QLatin1String("export")) {
        const QDate since = p.isSet(QStringLiteral("since")) ? QDate::fromString(p.value(QStringLiteral("since")), Qt::ISODate) : QDate();
        CsvWriter csv;
        bool ok = false;
        if (positional.value(0) == QLatin1String("monitor")) {
            ok = store.exportMonitor(since, &csv, &error);
        } else {
            QByteArray secretKey;
            if (p.isSet(QStringLiteral("secret-key"))) {
                const QByteArray publicKey = store.publicKey(&error);
                if (!error.isEmpty())
                    return fail(error);
                if (!readSecretKey(p.value(QStringLiteral("secret-key")), publicKey, &secretKey, &error))
                    return fail(error);
            }
            ok = store.exportFonds(since, secretKey, &csv, &error);
        }
        if (!ok)
            return fail(error);
        std::fwrite(csv.data().constData(), 1, size_t(csv.data().size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    // devices
    if (positional.value(0) == QLatin1String("list")) {
        const auto list = store.devices(&error);
        if (!list)
            return fail(error);
        QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                           .arg(QStringLiteral("id"), -36).arg(QStringLiteral("name"), -24).arg(QStringLiteral("enrolled"), -16)
                           .arg(QStringLiteral("last seen"), -16).arg(QStringLiteral("version"), -16).arg(QStringLiteral("queue"), 6)
                           .arg(QStringLiteral("state"));
        for (const DeviceInfo &d : *list) {
            text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                        .arg(d.id, -36).arg(d.name.left(24), -24).arg(d.enrolledAt.left(16), -16)
                        .arg(d.lastSeenAt.isEmpty() ? QStringLiteral("never") : d.lastSeenAt.left(16), -16)
                        .arg(d.appVersion.isEmpty() ? QStringLiteral("-") : d.appVersion.left(16), -16)
                        .arg(d.queueLength < 0 ? QStringLiteral("-") : QString::number(d.queueLength), 6)
                        .arg(d.revokedAt.isEmpty() ? QStringLiteral("active") : QStringLiteral("revoked %1").arg(d.revokedAt.left(10)));
        }
        text += QStringLiteral("%1 device(s)\n").arg(list->size());
        out(text);
        return 0;
    }
    QString revokedAt;
    switch (store.revoke(positional.value(1), &revokedAt, &error)) {
    case HubStore::RevokeOutcome::NotFound:
        return fail(QStringLiteral("no device \"%1\"; see `devices list`").arg(positional.value(1).left(64)));
    case HubStore::RevokeOutcome::Failed:
        return fail(error);
    case HubStore::RevokeOutcome::AlreadyRevoked:
        out(QStringLiteral("Device %1 was revoked already (%2).\n").arg(positional.value(1), revokedAt));
        return 0;
    case HubStore::RevokeOutcome::Revoked:
        break;
    }
    out(QStringLiteral("Device %1 revoked; its token no longer works.\n").arg(positional.value(1)));
    return 0;
}

} // namespace stadtlabor::hub
