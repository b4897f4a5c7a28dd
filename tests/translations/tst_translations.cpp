// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include "TestMain.h"

// Runs lupdate over the current sources into copies of the .ts files, so a string added
// without its translation fails here, then checks every message of fa and ar.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QString type;
        QStringList translations;
        bool numerus = false;
    };

    static QList<Message> read(const QString &path, QString *error)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return {};
        }
        QList<Message> out;
        QXmlStreamReader xml(&f);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name")) { // only <context> has a <name>
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    current = Message{context, QString(), QString(), {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
                } else if (name == QLatin1String("source")) {
                    current.source = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    current.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!current.numerus)
                        current.translations.append(xml.readElementText());
                } else if (name == QLatin1String("numerusform")) {
                    current.translations.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out.append(current);
                current = Message{};
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return out;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
        QSet<QString> out;
        for (auto it = re.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured(0));
        return out;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fa") << QStringLiteral("fa");
        QTest::newRow("ar") << QStringLiteral("ar");
    }

    void complete()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("clubmanager_%1.ts").arg(language));
        QVERIFY(QFile::copy(QStringLiteral(CLUB_TS_DIR "/clubmanager_%1.ts").arg(language), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess gen;
        gen.start(QStringLiteral(CLUB_CMAKE),
                  {QStringLiteral("-DIN_FILE=" CLUB_LUPDATE_PROJECT_IN), QStringLiteral("-DOUT_FILE=") + project,
                   QStringLiteral("-P"), QStringLiteral(CLUB_LUPDATE_GENERATOR)});
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());

        QProcess lupdate;
        lupdate.start(QStringLiteral(CLUB_LUPDATE), {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                                                     QStringLiteral("-locations"), QStringLiteral("none"),
                                                     QStringLiteral("-silent"), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(240000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = read(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 20);
        QStringList missing;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            bool empty = m.translations.isEmpty();
            for (const QString &t : m.translations)
                empty = empty || t.trimmed().isEmpty();
            if (!m.type.isEmpty() || empty) {
                missing.append(where);
                continue;
            }
            // A mnemonic underline inside Persian or Arabic text breaks the joined letters
            // and clips the label (Qt shapes the underlined letter on its own). Keyboard
            // users in fa/ar move with Tab and shortcuts instead.
            bool mnemonic = false;
            for (const QString &t : m.translations)
                mnemonic = mnemonic || QString(t).remove(QLatin1String("&&")).contains(QLatin1Char('&'));
            if (mnemonic) {
                missing.append(where + QStringLiteral(" (has a & mnemonic: remove it)"));
                continue;
            }
            if (m.source == QLatin1String("QT_LAYOUT_DIRECTION")) {
                QCOMPARE(m.translations.first(), QStringLiteral("RTL"));
                continue;
            }
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                QSet<QString> got = placeholders(t);
                if (m.numerus) { // a plural form may spell out "one" instead of %n or %Ln
                    for (const QString &n : {QStringLiteral("%n"), QStringLiteral("%Ln")})
                        got.remove(n);
                    QSet<QString> w = wanted;
                    for (const QString &n : {QStringLiteral("%n"), QStringLiteral("%Ln")})
                        w.remove(n);
                    if (got != w)
                        missing.append(where + QStringLiteral(" (placeholders differ)"));
                } else if (got != wanted) {
                    missing.append(where + QStringLiteral(" (placeholders differ)"));
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated or broken in %2 (run `ninja update_translations` "
                                                              "and translate):\n")
                                                   .arg(missing.size())
                                                   .arg(language)
                                               + missing.join(QLatin1Char('\n'))));
        const bool hasLayout = std::any_of(messages.cbegin(), messages.cend(), [](const Message &m) {
            return m.source == QLatin1String("QT_LAYOUT_DIRECTION");
        });
        QVERIFY2(hasLayout, "QT_LAYOUT_DIRECTION must be translated to RTL");
    }

    // A string looked up at run time under another context than lupdate filed it under is never
    // translated, though the .ts has it: lupdate files tr() of a free function under its
    // namespace ("Club::Core::CsvReader"), not under the name a helper passes on.
    void contextsKnown()
    {
        QString error;
        const QList<Message> messages = read(QStringLiteral(CLUB_TS_DIR "/clubmanager_fa.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> contexts;
        for (const Message &m : messages)
            contexts.insert(m.context);

        static const QRegularExpression call(QStringLiteral("\\btranslate\\(\\s*\"([^\"]+)\""));
        QStringList unknown;
        int calls = 0;
        for (const char *folder : {"core", "ui", "devices", "app", "server"}) {
            QDirIterator it(QStringLiteral(CLUB_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString code = QString::fromUtf8(f.readAll());
                for (auto m = call.globalMatch(code); m.hasNext();) {
                    const QString context = m.next().captured(1);
                    ++calls;
                    if (!contexts.contains(context))
                        unknown.append(it.filePath() + QStringLiteral(": ") + context);
                }
            }
        }
        QVERIFY(calls > 5);
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("Contexts no translation is filed under:\n")
                                               + unknown.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
