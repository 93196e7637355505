// SPDX-License-Identifier: GPL-3.0-or-later
// Kiosk mode on a real (offscreen) window: it cannot be closed, the closing keys go nowhere,
// no link opens a program, and only an unlocked admin can leave it. The sources are checked too:
// nothing in the screens may open a browser, a file dialog or another program.
#include "kiosklockdown.h"

#include <QDesktopServices>
#include <QDirIterator>
#include <QFile>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTest>
#include <QWindow>

using namespace stadtlabor;

class TestKioskLockdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowStaysOpen()
    {
        bool unlocked = false;
        KioskLockdown lockdown([&unlocked] { return unlocked; });
        QWindow window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        lockdown.setActive(true);
        window.close();
        QVERIFY(window.isVisible());
        for (const auto &[key, modifiers] : {std::pair{Qt::Key_F4, Qt::AltModifier}, std::pair{Qt::Key_Q, Qt::ControlModifier},
                                             std::pair{Qt::Key_W, Qt::ControlModifier},
                                             std::pair{Qt::Key_Escape, Qt::NoModifier}}) {
            QKeyEvent press(QEvent::KeyPress, key, modifiers);
            QVERIFY(QCoreApplication::sendEvent(&window, &press) && press.isAccepted());
            QKeyEvent override(QEvent::ShortcutOverride, key, modifiers);
            QVERIFY(QCoreApplication::sendEvent(&window, &override));
        }
        // Other keys go through to the window (typing in a form), which here ignores them.
        QKeyEvent letter(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&window, &letter);
        QVERIFY(!letter.isAccepted());

        // Leaving takes the unlocked admin pages.
        QVERIFY(!lockdown.leave());
        QVERIFY(lockdown.isActive());
        unlocked = true;
        QVERIFY(lockdown.leave());
        QVERIFY(!lockdown.isActive());
        window.close();
        QVERIFY(!window.isVisible()); // and now it closes: the test can tell
    }

    void linksOpenNothing()
    {
        KioskLockdown lockdown([] { return false; });
        lockdown.setActive(true);
        // The handler takes every web, mail, phone and file link: openUrl reports it handled,
        // and nothing was started (the handler only logs).
        for (const char *url : {"https://www.bochum.de", "http://example.org", "mailto:a@b.de", "tel:+49234", "file:///etc/passwd"}) {
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("kiosk mode: not opening")));
            QVERIFY(QDesktopServices::openUrl(QUrl(QString::fromLatin1(url))));
        }
    }

    void screensOpenNoOtherProgram()
    {
        static const QRegularExpression forbidden(QStringLiteral(
            "openUrlExternally|onLinkActivated|FileDialog|FolderDialog|QFileDialog|QDesktopServices::openUrl|QProcess"));
        int files = 0;
        for (const QString &root : {QStringLiteral(STADTLABOR_SOURCE_DIR "/qml"), QStringLiteral(STADTLABOR_SOURCE_DIR "/src/ui"),
                                    QStringLiteral(STADTLABOR_SOURCE_DIR "/app/kiosk")}) {
            QDirIterator it(root, {QStringLiteral("*.qml"), QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                const auto match = forbidden.match(text);
                QVERIFY2(!match.hasMatch(), qPrintable(file.fileName() + QStringLiteral(": ") + match.captured()));
                ++files;
            }
        }
        QVERIFY(files > 50);
    }
};

QTEST_MAIN(TestKioskLockdown)
#include "tst_kiosklockdown.moc"
