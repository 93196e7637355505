// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueparser.h"
#include "criteriaset.h"
#include "monitorresponse.h"
#include "plaintext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStandardPaths>
#include <QTest>

#include "textsupport.h"
#include <QUuid>

#include <algorithm>
#include <functional>
#include <optional>

using namespace stadtlabor;
using namespace stadtlabor::testsupport;

namespace {

using ResponseChange = std::function<void(MonitorResponse *)>;
using JsonChange = std::function<void(QJsonObject *)>;


// A valid response for `set`: every third score is "no answer", the rest walk the scale.
MonitorResponse validResponse(const CriteriaSet &set)
{
    MonitorResponse m;
    m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.deviceId = QStringLiteral("kiosk-rathaus-1");
    m.criteriaSetId = set.id;
    m.criteriaSetVersion = set.version;
    m.areaId = QStringLiteral("bochum-mitte");
    const int span = set.scaleMax - set.scaleMin + 1;
    for (int i = 0; i < set.themes.size(); ++i) {
        ThemeAnswer a;
        a.themeId = set.themes.at(i).id;
        if (i % 3 != 2)
            a.score = set.scaleMin + i % span;
        m.answers.append(a);
    }
    return m;
}

// A small set built by hand: five themes on a 1 to 5 scale.
CriteriaSet makeFiveThemeSet()
{
    CriteriaSet set;
    set.id = QStringLiteral("quartierscheck");
    set.version = 3;
    set.title = LocalizedText({{QStringLiteral("de"), QStringLiteral("Quartierscheck")}});
    set.scaleMin = 1;
    set.scaleMax = 5;
    set.textMaxLength = 200;
    set.groups = {ThemeGroup{QStringLiteral("alles"), LocalizedText({{QStringLiteral("de"), QStringLiteral("Alles")}})}};
    const QStringList ids{QStringLiteral("wege"), QStringLiteral("gruen"), QStringLiteral("laerm"),
                          QStringLiteral("licht"), QStringLiteral("nachbarn")};
    for (const QString &id : ids) {
        Theme t;
        t.id = id;
        t.groupId = QStringLiteral("alles");
        t.label = LocalizedText({{QStringLiteral("de"), id}});
        t.question = LocalizedText({{QStringLiteral("de"), id + u'?'}});
        set.themes.append(t);
    }
    return set;
}

QJsonObject answerAt(const QJsonObject &o, int index)
{
    return o.value(QStringLiteral("answers")).toArray().at(index).toObject();
}

void setAnswer(QJsonObject *o, int index, const QJsonObject &answer)
{
    QJsonArray answers = o->value(QStringLiteral("answers")).toArray();
    answers.replace(index, answer);
    o->insert(QStringLiteral("answers"), answers);
}

void setAnswerField(QJsonObject *o, int index, const QString &key, const QJsonValue &value)
{
    QJsonObject a = answerAt(*o, index);
    a.insert(key, value);
    setAnswer(o, index, a);
}

void setSubField(QJsonObject *o, const QString &object, const QString &key, const QJsonValue &value)
{
    QJsonObject sub = o->value(object).toObject();
    sub.insert(key, value);
    o->insert(object, sub);
}

// Through the bytes that go over the wire, not just the object.
std::optional<MonitorResponse> viaWire(const MonitorResponse &m, QStringList *errors)
{
    const QByteArray bytes = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact);
    return MonitorResponse::fromJson(QJsonDocument::fromJson(bytes).object(), errors);
}

} // namespace

Q_DECLARE_METATYPE(ResponseChange)
Q_DECLARE_METATYPE(JsonChange)

class TestMonitorResponse : public QObject
{
    Q_OBJECT

private:
    CriteriaSet m_set;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const CatalogueParser::Result result = CatalogueParser::parseFile(QStringLiteral(":/catalogue/bochum.json"));
        QVERIFY2(result.ok(), qPrintable(joined(result.errors)));
        m_set = result.catalogue->criteriaSet;
        QCOMPARE(m_set.themes.size(), 14);
        QCOMPARE(m_set.scaleMin, 1);
        QCOMPARE(m_set.scaleMax, 7);
        QCOMPARE(m_set.textMaxLength, 500);
        QVERIFY(!m_set.id.isEmpty());
        QVERIFY(m_set.version > 0);
    }

    // --- PlainText -------------------------------------------------------------------------

    void clean_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("expected");

        QTest::addRow("empty") << QString() << 10 << QString();
        QTest::addRow("plain") << QStringLiteral("abc") << 10 << QStringLiteral("abc");
        QTest::addRow("trims spaces") << QStringLiteral("  abc  ") << 10 << QStringLiteral("abc");
        QTest::addRow("trims line breaks at the ends") << QStringLiteral("\n abc \n\n") << 10 << QStringLiteral("abc");
        QTest::addRow("only white space") << QStringLiteral(" \t\r\n ") << 10 << QString();
        QTest::addRow("keeps inner line break") << QStringLiteral("a\nb") << 10 << QStringLiteral("a\nb");
        QTest::addRow("keeps empty line") << QStringLiteral("a\n\nb") << 10 << QStringLiteral("a\n\nb");
        QTest::addRow("tab becomes space") << QStringLiteral("a\tb") << 10 << QStringLiteral("a b");
        QTest::addRow("leading tab trimmed") << QStringLiteral("\tab") << 10 << QStringLiteral("ab");
        QTest::addRow("CR removed") << QStringLiteral("a\r\nb") << 10 << QStringLiteral("a\nb");
        QTest::addRow("lone CR removed") << QStringLiteral("a\rb") << 10 << QStringLiteral("ab");
        QTest::addRow("C0 controls removed") << s("a\x01" "b\x07" "c\x1b" "d") << 10 << QStringLiteral("abcd");
        QTest::addRow("NUL removed") << (QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")) << 10 << QStringLiteral("ab");
        QTest::addRow("DEL removed") << s("a\x7f" "b") << 10 << QStringLiteral("ab");
        QTest::addRow("C1 control NEL removed") << (QStringLiteral("a") + QChar(0x85) + QStringLiteral("b")) << 10 << QStringLiteral("ab");
        QTest::addRow("vertical tab and form feed removed") << QStringLiteral("a\vb\fc") << 10 << QStringLiteral("abc");
        QTest::addRow("control between spaces, then trimmed") << s(" \x01 a") << 10 << QStringLiteral("a");
        QTest::addRow("umlauts kept") << s("Grünfläche, größer, Straße") << 40 << s("Grünfläche, größer, Straße");
        QTest::addRow("limit") << QStringLiteral("abcdef") << 3 << QStringLiteral("abc");
        QTest::addRow("zero-width space removed") << s("a\u200bb") << 10 << QStringLiteral("ab");
        QTest::addRow("only invisible characters is empty") << s("\u200b\u2060") << 10 << QString();
        QTest::addRow("bidi override removed") << s("abc\u202edef") << 10 << QStringLiteral("abcdef");
        QTest::addRow("emoji joiner kept") << s("\U0001F469\u200D\U0001F4BB") << 10 << s("\U0001F469\u200D\U0001F4BB");
        QTest::addRow("a flag is one character and is not split") << s("ab\U0001F1E9\U0001F1EA") << 3 << s("ab\U0001F1E9\U0001F1EA");
        QTest::addRow("cut before a flag, not inside it") << s("ab\U0001F1E9\U0001F1EAc") << 2 << QStringLiteral("ab");
        QTest::addRow("exactly at the limit") << QStringLiteral("abc") << 3 << QStringLiteral("abc");
        QTest::addRow("limit applied after trimming (leading)") << QStringLiteral("   abc") << 3 << QStringLiteral("abc");
        QTest::addRow("limit applied after trimming (trailing)") << QStringLiteral("abc   ") << 3 << QStringLiteral("abc");
        QTest::addRow("cut leaves no trailing space") << QStringLiteral("ab cd") << 3 << QStringLiteral("ab");
        QTest::addRow("removed controls do not count") << s("a\x01" "b\x02" "c") << 3 << QStringLiteral("abc");
        QTest::addRow("removed CR does not count") << QStringLiteral("a\r\nb") << 3 << QStringLiteral("a\nb");
        QTest::addRow("umlaut counts as one") << s("äöüß") << 3 << s("äöü");
        QTest::addRow("emoji counts as one") << (repeated(grinning, 3) + QStringLiteral("x")) << 3 << repeated(grinning, 3);
        QTest::addRow("emoji after ascii") << (QStringLiteral("ab") + repeated(grinning, 2)) << 3 << (QStringLiteral("ab") + grinning);
        QTest::addRow("limit 0") << QStringLiteral("abc") << 0 << QString();
    }

    void clean()
    {
        QFETCH(QString, input);
        QFETCH(int, maxLength);
        QFETCH(QString, expected);

        const QString actual = PlainText::clean(input, maxLength);
        QCOMPARE(actual, expected);
        QVERIFY(actual.isValidUtf16());
        QVERIFY(PlainText::length(actual) <= maxLength);
        // Cleaning what is clean changes nothing: validate() relies on that.
        QCOMPARE(PlainText::clean(actual, maxLength), actual);
    }

    void cleanCutsEmojiWhole()
    {
        const QString emoji501 = repeated(grinning, 501);
        QCOMPARE(emoji501.size(), 1002);
        QCOMPARE(PlainText::length(emoji501), 501);

        const QString cut = PlainText::clean(emoji501, 500);
        QCOMPARE(PlainText::length(cut), 500);
        QCOMPARE(cut.size(), 1000);
        QVERIFY(cut.isValidUtf16());
        QVERIFY(cut.back().isLowSurrogate());
        QCOMPARE(cut, repeated(grinning, 500));

        // 499 emoji and two letters: the cut falls between the letters.
        const QString mixed = repeated(grinning, 499) + QStringLiteral("ab");
        QCOMPARE(PlainText::clean(mixed, 500), repeated(grinning, 499) + QStringLiteral("a"));

        // Exactly 500 is left alone.
        QCOMPARE(PlainText::clean(repeated(grinning, 500), 500), repeated(grinning, 500));
    }

    void cleanDropsBrokenSurrogates()
    {
        // What comes out is always valid UTF-16, whatever went in.
        const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00);
        QVERIFY(!lone.isValidUtf16());
        const QString cleaned = PlainText::clean(lone, 10);
        QVERIFY(cleaned.isValidUtf16());
        QVERIFY(cleaned.startsWith(u'a'));
        QVERIFY(cleaned.contains(u'b'));
    }

    void length_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("ascii") << QStringLiteral("abc") << 3;
        QTest::addRow("umlauts") << s("Grüße") << 5;
        QTest::addRow("line break counts") << QStringLiteral("a\nb") << 3;
        QTest::addRow("one emoji") << grinning << 1;
        QTest::addRow("emoji between letters") << (QStringLiteral("a") + grinning + QStringLiteral("b")) << 3;
        QTest::addRow("500 emoji") << repeated(grinning, 500) << 500;
    }

    void length()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(PlainText::length(text), expected);
    }

    // --- valid responses and the round trip ------------------------------------------------

    void validAndRoundTrip_data()
    {
        QTest::addColumn<ResponseChange>("change");

        QTest::addRow("some scores null, texts empty") << ResponseChange([](MonitorResponse *) {});
        QTest::addRow("all scores null") << ResponseChange([](MonitorResponse *m) {
            for (ThemeAnswer &a : m->answers)
                a.score.reset();
        });
        QTest::addRow("scale ends") << ResponseChange([](MonitorResponse *m) {
            for (int i = 0; i < m->answers.size(); ++i)
                m->answers[i].score = i % 2 ? 7 : 1;
        });
        QTest::addRow("texts with umlauts and line breaks") << ResponseChange([](MonitorResponse *m) {
            m->answers[0].good = s("Schöne Grünflächen\nam Kemnader See");
            m->answers[0].better = s("Mehr Bänke, größere Spielplätze.\n\nUnd weniger Lärm.");
            m->answers[5].good = s("Übersichtlich");
            m->answers[13].better = s("Mitsprache bei der Planung – endlich!");
        });
        QTest::addRow("text at the limit, in emoji") << ResponseChange([](MonitorResponse *m) {
            m->answers[1].good = repeated(grinning, 500);
            m->answers[2].better = repeated(QStringLiteral("x"), 500);
        });
        QTest::addRow("text on a null score") << ResponseChange([](MonitorResponse *m) {
            m->answers[2].score.reset();
            m->answers[2].good = QStringLiteral("nur ein Kommentar");
        });
        QTest::addRow("demographics set") << ResponseChange([](MonitorResponse *m) {
            m->demographics.ageBand = QStringLiteral("30_44");
            m->demographics.gender = QStringLiteral("diverse");
            m->demographics.relations = {QStringLiteral("live"), QStringLiteral("work"), QStringLiteral("visit")};
        });
        QTest::addRow("demographics no_answer") << ResponseChange([](MonitorResponse *m) {
            m->demographics.ageBand = QStringLiteral("no_answer");
            m->demographics.gender = QStringLiteral("no_answer");
        });
        QTest::addRow("demographics: only relations") << ResponseChange([](MonitorResponse *m) {
            m->demographics.relations = {QStringLiteral("study")};
        });
        QTest::addRow("group and interviewer set") << ResponseChange([](MonitorResponse *m) {
            m->groupId = s("Klasse 7b Gesamtschule Gänsereiche");
            m->interviewerId = QStringLiteral("int-042");
        });
        QTest::addRow("group id exactly 64 characters") << ResponseChange([](MonitorResponse *m) {
            m->groupId = repeated(QStringLiteral("g"), 64);
        });
        QTest::addRow("only the interviewer set") << ResponseChange([](MonitorResponse *m) {
            m->interviewerId = QStringLiteral("Frau Kowalski");
        });
        QTest::addRow("everything set") << ResponseChange([](MonitorResponse *m) {
            m->demographics.ageBand = QStringLiteral("65_plus");
            m->demographics.gender = QStringLiteral("female");
            m->demographics.relations = {QStringLiteral("live")};
            m->groupId = QStringLiteral("seniorenbeirat");
            m->interviewerId = QStringLiteral("A. Yilmaz");
            for (ThemeAnswer &a : m->answers) {
                a.good = s("gut: Bäume");
                a.better = s("besser:\nWege");
            }
        });
    }

    void validAndRoundTrip()
    {
        QFETCH(ResponseChange, change);
        MonitorResponse m = validResponse(m_set);
        change(&m);

        const QStringList problems = m.validate(m_set);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));

        QStringList errors;
        const std::optional<MonitorResponse> back = MonitorResponse::fromJson(m.toJson(), &errors);
        QVERIFY2(back, qPrintable(joined(errors)));
        QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
        QVERIFY(*back == m);

        // Field by field too, since operator== goes through toJson.
        QCOMPARE(back->uuid, m.uuid);
        QCOMPARE(back->createdAt, m.createdAt);
        QCOMPARE(back->createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(back->deviceId, m.deviceId);
        QCOMPARE(back->criteriaSetId, m.criteriaSetId);
        QCOMPARE(back->criteriaSetVersion, m.criteriaSetVersion);
        QCOMPARE(back->areaId, m.areaId);
        QVERIFY(back->demographics == m.demographics);
        QCOMPARE(back->demographics.ageBand, m.demographics.ageBand);
        QCOMPARE(back->demographics.gender, m.demographics.gender);
        QCOMPARE(back->demographics.relations, m.demographics.relations);
        QCOMPARE(back->groupId, m.groupId);
        QCOMPARE(back->interviewerId, m.interviewerId);
        QCOMPARE(back->answers.size(), m.answers.size());
        for (int i = 0; i < m.answers.size(); ++i) {
            const ThemeAnswer &a = m.answers.at(i);
            const ThemeAnswer &b = back->answers.at(i);
            QVERIFY2(a == b, qPrintable(QStringLiteral("answers[%1]").arg(i)));
            QCOMPARE(b.themeId, a.themeId);
            QCOMPARE(b.score.has_value(), a.score.has_value()); // null stays null, never 0
            if (a.score)
                QCOMPARE(*b.score, *a.score);
            QCOMPARE(b.good, a.good);
            QCOMPARE(b.better, a.better);
        }
        QVERIFY2(back->validate(m_set).isEmpty(), qPrintable(joined(back->validate(m_set))));

        // Through bytes, as it travels.
        errors.clear();
        const std::optional<MonitorResponse> wired = viaWire(m, &errors);
        QVERIFY2(wired, qPrintable(joined(errors)));
        QVERIFY(*wired == m);
    }

    void jsonShape()
    {
        MonitorResponse m = validResponse(m_set);
        const QJsonObject o = m.toJson();
        // "No answer" is null on the wire, not 0 and not absent.
        const QJsonObject third = answerAt(o, 2);
        QVERIFY(third.contains(QStringLiteral("score")));
        QVERIFY(third.value(QStringLiteral("score")).isNull());
        QCOMPARE(answerAt(o, 0).value(QStringLiteral("score")).toInt(), 1);
        QCOMPARE(answerAt(o, 0).value(QStringLiteral("theme")).toString(), m_set.themes.at(0).id);
        QCOMPARE(o.value(QStringLiteral("answers")).toArray().size(), 14);
        // Empty optional strings are null.
        QVERIFY(o.value(QStringLiteral("group_id")).isNull());
        QVERIFY(o.value(QStringLiteral("interviewer_id")).isNull());
        const QJsonObject demo = o.value(QStringLiteral("demographics")).toObject();
        QVERIFY(demo.value(QStringLiteral("age_band")).isNull());
        QVERIFY(demo.value(QStringLiteral("gender")).isNull());
        QCOMPARE(demo.value(QStringLiteral("relations")).toArray().size(), 0);
        // The time is UTC.
        QVERIFY(o.value(QStringLiteral("created_at")).toString().endsWith(u'Z'));
    }

    void createdAtInAnotherZoneRoundTrips()
    {
        MonitorResponse m = validResponse(m_set);
        m.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, 15, 30, 250), Qt::OffsetFromUTC, 3600);
        QStringList errors;
        const std::optional<MonitorResponse> back = MonitorResponse::fromJson(m.toJson(), &errors);
        QVERIFY2(back, qPrintable(joined(errors)));
        QCOMPARE(back->createdAt, m.createdAt); // the same instant
        QCOMPARE(back->createdAt.toUTC().time(), QTime(9, 15, 30, 250));
    }

    // --- validate() ------------------------------------------------------------------------

    void validateRejects_data()
    {
        QTest::addColumn<ResponseChange>("change");
        QTest::addColumn<QStringList>("expected"); // each problem, by its leading path, in order

        const auto row = [](const char *name, ResponseChange change, QStringList expected) {
            QTest::addRow("%s", name) << change << expected;
        };
        const auto one = [](const char *path) { return QStringList{QString::fromUtf8(path)}; };

        row("id not a UUID", [](MonitorResponse *m) { m->uuid = QStringLiteral("not-a-uuid"); }, one("id:"));
        row("id empty", [](MonitorResponse *m) { m->uuid.clear(); }, one("id:"));
        row("id with trailing text", [](MonitorResponse *m) { m->uuid += QStringLiteral(" hallo"); }, one("id:"));
        row("id in braces", [](MonitorResponse *m) { m->uuid = u'{' + m->uuid + u'}'; }, one("id:"));
        row("id in upper case", [](MonitorResponse *m) { m->uuid = m->uuid.toUpper(); }, one("id:"));
        row("device id missing", [](MonitorResponse *m) { m->deviceId.clear(); }, one("device_id:"));
        row("area id not an id", [](MonitorResponse *m) { m->areaId = QStringLiteral("Bad Area"); }, one("area_id:"));
        row("relations out of order", [](MonitorResponse *m) {
            m->demographics.relations = {QStringLiteral("visit"), QStringLiteral("live")}; }, one("demographics.relations:"));
        row("group id of an invisible character", [](MonitorResponse *m) { m->groupId = s("\u200b"); }, one("group_id:"));
        row("id the nil UUID", [](MonitorResponse *m) { m->uuid = QStringLiteral("00000000-0000-0000-0000-000000000000"); },
            one("id:"));
        row("id a UUID cut short",
            [](MonitorResponse *m) { m->uuid = QStringLiteral("123e4567-e89b-12d3-a456-42661417400"); }, one("id:"));
        row("id without dashes", [](MonitorResponse *m) { m->uuid = QStringLiteral("123e4567e89b12d3a456426614174000"); },
            one("id:"));
        row("created_at missing", [](MonitorResponse *m) { m->createdAt = QDateTime(); }, one("created_at:"));
        row("criteria set id mismatch", [](MonitorResponse *m) { m->criteriaSetId = QStringLiteral("andere-liste"); },
            one("criteria_set:"));
        row("criteria set version mismatch", [](MonitorResponse *m) { m->criteriaSetVersion += 1; }, one("criteria_set:"));
        row("criteria set version 0", [](MonitorResponse *m) { m->criteriaSetVersion = 0; }, one("criteria_set:"));
        row("area missing", [](MonitorResponse *m) { m->areaId.clear(); }, one("area_id:"));
        row("score below the scale", [](MonitorResponse *m) { m->answers[3].score = 0; }, one("answers[3].score:"));
        row("score far below the scale", [](MonitorResponse *m) { m->answers[0].score = -5; }, one("answers[0].score:"));
        row("score above the scale", [](MonitorResponse *m) { m->answers[13].score = 8; }, one("answers[13].score:"));
        row("one answer too few", [](MonitorResponse *m) { m->answers.removeLast(); }, one("answers:"));
        row("one answer too many", [](MonitorResponse *m) { m->answers.append(m->answers.first()); }, one("answers:"));
        row("no answers", [](MonitorResponse *m) { m->answers.clear(); }, one("answers:"));
        row("answers out of theme order", [](MonitorResponse *m) { m->answers.swapItemsAt(0, 1); },
            QStringList{QStringLiteral("answers[0].theme:"), QStringLiteral("answers[1].theme:")});
        row("answers reversed", [](MonitorResponse *m) { std::reverse(m->answers.begin(), m->answers.end()); },
            [] {
                QStringList all;
                for (int i = 0; i < 14; ++i)
                    all.append(QStringLiteral("answers[%1].theme:").arg(i));
                return all;
            }());
        row("unknown theme", [](MonitorResponse *m) { m->answers[4].themeId = QStringLiteral("wetter"); },
            one("answers[4].theme:"));
        row("good text too long", [](MonitorResponse *m) { m->answers[0].good = repeated(QStringLiteral("a"), 501); },
            one("answers[0].good:"));
        row("better text too long, in emoji", [](MonitorResponse *m) { m->answers[13].better = repeated(grinning, 501); },
            one("answers[13].better:"));
        row("good text with leading spaces", [](MonitorResponse *m) { m->answers[1].good = QStringLiteral("  gut"); },
            one("answers[1].good:"));
        row("good text with a trailing line break", [](MonitorResponse *m) { m->answers[1].good = QStringLiteral("gut\n"); },
            one("answers[1].good:"));
        row("better text with a control character", [](MonitorResponse *m) { m->answers[2].better = s("a\x07" "b"); },
            one("answers[2].better:"));
        row("better text with a tab", [](MonitorResponse *m) { m->answers[2].better = QStringLiteral("a\tb"); },
            one("answers[2].better:"));
        row("good text with CR LF", [](MonitorResponse *m) { m->answers[6].good = QStringLiteral("a\r\nb"); },
            one("answers[6].good:"));
        row("good text with a broken surrogate",
            [](MonitorResponse *m) { m->answers[6].good = QStringLiteral("a") + QChar(0xD83D); }, one("answers[6].good:"));
        row("unknown age band", [](MonitorResponse *m) { m->demographics.ageBand = QStringLiteral("19_29"); },
            one("demographics.age_band:"));
        row("age band in the wrong case", [](MonitorResponse *m) { m->demographics.ageBand = QStringLiteral("Under_18"); },
            one("demographics.age_band:"));
        row("unknown gender", [](MonitorResponse *m) { m->demographics.gender = QStringLiteral("w"); },
            one("demographics.gender:"));
        row("unknown relation", [](MonitorResponse *m) { m->demographics.relations = {QStringLiteral("live"), QStringLiteral("shop")}; },
            one("demographics.relations:"));
        row("empty relation", [](MonitorResponse *m) { m->demographics.relations = {QString()}; },
            one("demographics.relations:"));
        row("relation listed twice", [](MonitorResponse *m) { m->demographics.relations = {QStringLiteral("work"), QStringLiteral("work")}; },
            one("demographics.relations:"));
        row("group id over 64 characters", [](MonitorResponse *m) { m->groupId = repeated(QStringLiteral("g"), 65); },
            one("group_id:"));
        row("group id with a line break", [](MonitorResponse *m) { m->groupId = QStringLiteral("klasse\n7b"); },
            one("group_id:"));
        row("group id with a tab", [](MonitorResponse *m) { m->groupId = QStringLiteral("klasse\t7b"); }, one("group_id:"));
        row("group id with leading space", [](MonitorResponse *m) { m->groupId = QStringLiteral(" 7b"); }, one("group_id:"));
        row("interviewer id over 64 characters",
            [](MonitorResponse *m) { m->interviewerId = repeated(QStringLiteral("i"), 65); }, one("interviewer_id:"));
        row("interviewer id with a line break", [](MonitorResponse *m) { m->interviewerId = QStringLiteral("a\nb"); },
            one("interviewer_id:"));
        row("several problems at once",
            [](MonitorResponse *m) {
                m->uuid = QStringLiteral("x");
                m->areaId.clear();
                m->answers[2].score = 9;
                m->groupId = QStringLiteral("a\nb");
            },
            QStringList{QStringLiteral("id:"), QStringLiteral("area_id:"), QStringLiteral("answers[2].score:"),
                        QStringLiteral("group_id:")});
    }

    void validateRejects()
    {
        QFETCH(ResponseChange, change);
        QFETCH(QStringList, expected);

        MonitorResponse m = validResponse(m_set);
        QVERIFY(m.validate(m_set).isEmpty());
        change(&m);
        const QStringList problems = m.validate(m_set);
        QVERIFY2(problems.size() == expected.size(),
                 qPrintable(QStringLiteral("expected %1 problem(s), got:\n  %2").arg(expected.size()).arg(joined(problems))));
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(problems.at(i).startsWith(expected.at(i)), qPrintable(joined(problems)));
    }

    void validateNamesTheOffendingValue()
    {
        MonitorResponse m = validResponse(m_set);
        m.answers[3].score = 0;
        m.demographics.gender = QStringLiteral("xy");
        const QStringList problems = m.validate(m_set);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QStringLiteral("\"xy\"")), qPrintable(joined(problems)));
        QVERIFY2(problems.at(1).contains(QStringLiteral("0")) && problems.at(1).contains(QStringLiteral("1"))
                     && problems.at(1).contains(QStringLiteral("7")),
                 qPrintable(joined(problems)));
    }

    // --- fromJson() --------------------------------------------------------------------------

    void fromJsonRejects_data()
    {
        QTest::addColumn<JsonChange>("change");
        QTest::addColumn<QString>("path");

        const auto row = [](const char *name, JsonChange change, const char *path) {
            QTest::addRow("%s", name) << change << QString::fromUtf8(path);
        };
        row("missing id", [](QJsonObject *o) { o->remove(QStringLiteral("id")); }, "id");
        row("good text a number", [](QJsonObject *o) {
            QJsonArray answers = o->value(QStringLiteral("answers")).toArray();
            QJsonObject a = answers.at(1).toObject();
            a.insert(QStringLiteral("good"), 42);
            answers.replace(1, a);
            o->insert(QStringLiteral("answers"), answers); }, "answers[1].good");
        row("better text missing", [](QJsonObject *o) {
            QJsonArray answers = o->value(QStringLiteral("answers")).toArray();
            QJsonObject a = answers.at(0).toObject();
            a.remove(QStringLiteral("better"));
            answers.replace(0, a);
            o->insert(QStringLiteral("answers"), answers); }, "answers[0].better");
        row("relation a number", [](QJsonObject *o) {
            QJsonObject d = o->value(QStringLiteral("demographics")).toObject();
            d.insert(QStringLiteral("relations"), QJsonArray{5, QStringLiteral("live")});
            o->insert(QStringLiteral("demographics"), d); }, "demographics.relations[0]");
        row("id a number", [](QJsonObject *o) { o->insert(QStringLiteral("id"), 42); }, "id");
        row("missing created_at", [](QJsonObject *o) { o->remove(QStringLiteral("created_at")); }, "created_at");
        row("created_at without a zone",
            [](QJsonObject *o) { o->insert(QStringLiteral("created_at"), QStringLiteral("2026-11-27T10:00:00")); }, "created_at");
        row("missing device_id", [](QJsonObject *o) { o->remove(QStringLiteral("device_id")); }, "device_id");
        row("missing area_id", [](QJsonObject *o) { o->remove(QStringLiteral("area_id")); }, "area_id");
        row("area_id not an id", [](QJsonObject *o) { o->insert(QStringLiteral("area_id"), s("Bochum Mitte")); }, "area_id");
        row("missing criteria_set", [](QJsonObject *o) { o->remove(QStringLiteral("criteria_set")); }, "criteria_set");
        row("criteria_set.version a string",
            [](QJsonObject *o) { setSubField(o, QStringLiteral("criteria_set"), QStringLiteral("version"), QStringLiteral("1")); },
            "criteria_set.version");
        row("criteria_set.version 0",
            [](QJsonObject *o) { setSubField(o, QStringLiteral("criteria_set"), QStringLiteral("version"), 0); },
            "criteria_set.version");
        row("unknown key in criteria_set",
            [](QJsonObject *o) { setSubField(o, QStringLiteral("criteria_set"), QStringLiteral("name"), QStringLiteral("x")); },
            "criteria_set.name");
        row("answers not an array", [](QJsonObject *o) { o->insert(QStringLiteral("answers"), QStringLiteral("1,2,3")); }, "answers");
        row("answers an object", [](QJsonObject *o) { o->insert(QStringLiteral("answers"), QJsonObject()); }, "answers");
        row("missing answers", [](QJsonObject *o) { o->remove(QStringLiteral("answers")); }, "answers");
        row("answer not an object",
            [](QJsonObject *o) {
                QJsonArray a = o->value(QStringLiteral("answers")).toArray();
                a.replace(1, 5);
                o->insert(QStringLiteral("answers"), a);
            },
            "answers[1]");
        row("score a string", [](QJsonObject *o) { setAnswerField(o, 2, QStringLiteral("score"), QStringLiteral("5")); },
            "answers[2].score");
        row("score a fraction", [](QJsonObject *o) { setAnswerField(o, 4, QStringLiteral("score"), 3.5); }, "answers[4].score");
        row("score a boolean", [](QJsonObject *o) { setAnswerField(o, 0, QStringLiteral("score"), true); }, "answers[0].score");
        row("score missing, not null",
            [](QJsonObject *o) {
                QJsonObject a = answerAt(*o, 7);
                a.remove(QStringLiteral("score"));
                setAnswer(o, 7, a);
            },
            "answers[7].score");
        row("theme not an id", [](QJsonObject *o) { setAnswerField(o, 3, QStringLiteral("theme"), QStringLiteral("Wege")); },
            "answers[3].theme");
        row("unknown key at the top", [](QJsonObject *o) { o->insert(QStringLiteral("comment"), QStringLiteral("x")); }, "comment");
        row("unknown key in an answer", [](QJsonObject *o) { setAnswerField(o, 4, QStringLiteral("note"), 1); }, "answers[4].note");
        row("unknown key in demographics",
            [](QJsonObject *o) { setSubField(o, QStringLiteral("demographics"), QStringLiteral("postcode"), QStringLiteral("44787")); },
            "demographics.postcode");
        row("demographics not an object", [](QJsonObject *o) { o->insert(QStringLiteral("demographics"), 1); }, "demographics");
        row("relations not an array",
            [](QJsonObject *o) { setSubField(o, QStringLiteral("demographics"), QStringLiteral("relations"), QStringLiteral("live")); },
            "demographics.relations");
        row("age_band a number",
            [](QJsonObject *o) { setSubField(o, QStringLiteral("demographics"), QStringLiteral("age_band"), 30); },
            "demographics.age_band");
        row("group_id a number", [](QJsonObject *o) { o->insert(QStringLiteral("group_id"), 7); }, "group_id");
        row("group_id with a line break", [](QJsonObject *o) { o->insert(QStringLiteral("group_id"), QStringLiteral("a\nb")); },
            "group_id");
        row("group_id over 64 characters",
            [](QJsonObject *o) { o->insert(QStringLiteral("group_id"), repeated(QStringLiteral("g"), 65)); }, "group_id");
        row("interviewer_id an array", [](QJsonObject *o) { o->insert(QStringLiteral("interviewer_id"), QJsonArray()); },
            "interviewer_id");
    }

    void fromJsonRejects()
    {
        QFETCH(JsonChange, change);
        QFETCH(QString, path);

        QJsonObject o = validResponse(m_set).toJson();
        {
            QStringList errors;
            QVERIFY2(MonitorResponse::fromJson(o, &errors), qPrintable(joined(errors)));
        }
        change(&o);
        QStringList errors;
        const std::optional<MonitorResponse> m = MonitorResponse::fromJson(o, &errors);
        QVERIFY(!m);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.size() == 1, qPrintable(joined(errors)));
        QVERIFY2(errors.first().startsWith(path + QStringLiteral(": ")), qPrintable(joined(errors)));
    }

    void fromJsonReportsEveryProblem()
    {
        QJsonObject o = validResponse(m_set).toJson();
        o.remove(QStringLiteral("id"));
        setAnswerField(&o, 2, QStringLiteral("score"), QStringLiteral("5"));
        o.insert(QStringLiteral("extra"), true);
        QStringList errors;
        QVERIFY(!MonitorResponse::fromJson(o, &errors));
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.filter(QStringLiteral("id: missing")).size() == 1, qPrintable(joined(errors)));
        QVERIFY2(errors.filter(QStringLiteral("answers[2].score: expected a whole number, found a string")).size() == 1,
                 qPrintable(joined(errors)));
        QVERIFY2(errors.filter(QStringLiteral("extra: unknown key")).size() == 1, qPrintable(joined(errors)));
    }

    void fromJsonAcceptsNullAndAbsentOptionals()
    {
        MonitorResponse m = validResponse(m_set);
        QJsonObject o = m.toJson();
        o.remove(QStringLiteral("group_id"));
        o.remove(QStringLiteral("interviewer_id"));
        QJsonObject demo;
        demo.insert(QStringLiteral("age_band"), QJsonValue());
        o.insert(QStringLiteral("demographics"), demo); // gender and relations absent
        QStringList errors;
        const std::optional<MonitorResponse> back = MonitorResponse::fromJson(o, &errors);
        QVERIFY2(back, qPrintable(joined(errors)));
        QVERIFY(*back == m);
        QVERIFY(back->demographics.isEmpty());
        QVERIFY(back->groupId.isEmpty());
        QVERIFY(back->interviewerId.isEmpty());
    }

    void fromJsonOutOfScaleIsLeftToValidate()
    {
        // fromJson reads the number; the set decides whether it is on the scale.
        QJsonObject o = validResponse(m_set).toJson();
        setAnswerField(&o, 5, QStringLiteral("score"), 9);
        QStringList errors;
        const std::optional<MonitorResponse> back = MonitorResponse::fromJson(o, &errors);
        QVERIFY2(back, qPrintable(joined(errors)));
        QCOMPARE(*back->answers.at(5).score, 9);
        const QStringList problems = back->validate(m_set);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("answers[5].score:")));
    }

    // --- a different set -----------------------------------------------------------------

    void fiveThemeSet()
    {
        const CriteriaSet set = makeFiveThemeSet();
        MonitorResponse m = validResponse(set);
        m.answers[0].good = s("Breite Gehwege, Bänke");
        m.answers[4].better = s("Mehr Straßenfeste\nim Sommer");
        m.demographics.relations = {QStringLiteral("live"), QStringLiteral("study")};
        QCOMPARE(m.answers.size(), 5);

        QStringList problems = m.validate(set);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        QStringList errors;
        const std::optional<MonitorResponse> back = MonitorResponse::fromJson(m.toJson(), &errors);
        QVERIFY2(back, qPrintable(joined(errors)));
        QVERIFY(*back == m);
        QVERIFY(back->validate(set).isEmpty());

        // The top of this scale is 5: a 5 is fine, a 6 is refused.
        m.answers[1].score = 5;
        QVERIFY(m.validate(set).isEmpty());
        m.answers[1].score = 6;
        problems = m.validate(set);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("answers[1].score:")), qPrintable(joined(problems)));

        // 6 still reads from JSON, and is still refused after the round trip.
        errors.clear();
        const std::optional<MonitorResponse> six = MonitorResponse::fromJson(m.toJson(), &errors);
        QVERIFY2(six, qPrintable(joined(errors)));
        QCOMPARE(six->validate(set), problems);

        // This set's own text limit applies, not the default.
        m.answers[1].score = 2;
        m.answers[2].good = repeated(QStringLiteral("t"), 200);
        QVERIFY(m.validate(set).isEmpty());
        m.answers[2].good = repeated(QStringLiteral("t"), 201);
        problems = m.validate(set);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("answers[2].good:")), qPrintable(joined(problems)));

        // Measured against the bundled set it is the wrong set with the wrong number of answers.
        m.answers[2].good.clear();
        problems = m.validate(m_set);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).startsWith(QStringLiteral("criteria_set:")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("answers:")));

        // And a bundled-set response measured against this set.
        problems = validResponse(m_set).validate(set);
        QCOMPARE(problems.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMonitorResponse)
#include "tst_monitorresponse.moc"
