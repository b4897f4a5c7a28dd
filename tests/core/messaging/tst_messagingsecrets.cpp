// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP password and the SMS gateway's key and auth header: sealed in the store under a
// key file apart from it, sealed on first read when an older version stored them in clear,
// never in the audit line nor given back to the form.
#include "LoyaltyFixture.h"
#include "TestMain.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Club::Core;
using Club::Test::jalaliTehran;
using Club::Test::LoyaltyFixture;

namespace {
const QString kPassword = QStringLiteral("pass-رمز-1");
const QString kApiKey = QStringLiteral("KEY-42");
const QString kAuth = QStringLiteral("Bearer tok-7");

struct Store : LoyaltyFixture
{
    explicit Store(Database::Engine engine)
        : LoyaltyFixture(engine, jalaliTehran(1405, 1, 10, 9))
    {
        hub.messagingSettings().setKeyFile(dir.filePath(QStringLiteral("conf/messaging.key")));
    }

    MessagingSettings draft() const
    {
        MessagingSettings s;
        s.smtp.host = QStringLiteral("127.0.0.1");
        s.smtp.fromAddress = QStringLiteral("club@example.com");
        s.smtp.user = QStringLiteral("club");
        s.smtp.password = kPassword;
        s.sms = SmsGatewaySettings::presetNamed(QStringLiteral("generic"));
        s.sms.urlTemplate = QStringLiteral("http://127.0.0.1:9/send?to={to}&text={message}");
        s.sms.authHeaderName = QStringLiteral("Authorization");
        s.sms.authHeaderValue = kAuth;
        s.sms.apiKey = kApiKey;
        return s;
    }

    QString raw(const QString &key)
    {
        SqlQuery q(t.db(), QStringLiteral("SELECT value FROM settings WHERE key = :k"));
        q.bind(QStringLiteral(":k"), key);
        const Result<QVariant> v = q.scalar();
        return v ? v->toString() : QStringLiteral("(none)");
    }

    QString everything()
    {
        QString out;
        for (const char *sql : {"SELECT value FROM settings", "SELECT detail FROM audit_log"}) {
            SqlQuery q(t.db(), QString::fromLatin1(sql));
            if (!q.exec())
                return {};
            while (q.next())
                out += q.value(0).toString() + u'\n';
        }
        return out;
    }

    QTemporaryDir dir;
};

#define STORE()                                                                                                        \
    QFETCH(int, engine);                                                                                               \
    Store f{Database::Engine(engine)};                                                                                 \
    if (!f.t.ok())                                                                                                     \
        QSKIP(qPrintable(f.t.error()));                                                                                \
    QVERIFY2(f.ok(), qPrintable(f.problem()))
} // namespace

class TestMessagingSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealedAndNeverShown_data() { CLUB_ADD_ENGINE_ROWS(); }
    void sealedAndNeverShown()
    {
        STORE();
        MessagingSettingsStore &store = f.hub.messagingSettings();
        LOYALTY_VERIFY_OK(store.save(f.manager, f.draft()));
        // Nothing in the store or its audit line holds a secret in clear.
        const QString all = f.everything();
        for (const QString &secret : {kPassword, kApiKey, kAuth})
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        QVERIFY(f.raw(QStringLiteral("messaging.smtp.password")).startsWith(QLatin1String("sealed:v1:")));
        QVERIFY(f.raw(QStringLiteral("messaging.sms.api_key")).startsWith(QLatin1String("sealed:v1:")));
        QVERIFY(f.raw(QStringLiteral("messaging.sms.auth_value")).startsWith(QLatin1String("sealed:v1:")));
        QFile key(store.keyFile());
        QVERIFY(key.exists());
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // The senders get them unsealed; the form only learns that they are stored.
        const Result<MessagingSettings> sending = store.load();
        LOYALTY_VERIFY_OK(sending);
        QCOMPARE(sending->smtp.password, kPassword);
        QCOMPARE(sending->sms.apiKey, kApiKey);
        QCOMPARE(sending->sms.authHeaderValue, kAuth);
        const Result<MessagingSettings> form = store.settings(f.manager);
        LOYALTY_VERIFY_OK(form);
        QVERIFY(form->smtp.password.isEmpty() && form->sms.apiKey.isEmpty() && form->sms.authHeaderValue.isEmpty());
        QVERIFY(form->smtp.passwordStored && form->sms.apiKeyStored && form->sms.authHeaderValueStored);

        // Saving the form as it came back keeps the secrets; a new entry replaces one.
        MessagingSettings again = *form;
        LOYALTY_VERIFY_OK(store.save(f.manager, again));
        QCOMPARE(store.load()->smtp.password, kPassword);
        QCOMPARE(store.load()->sms.apiKey, kApiKey);
        again.smtp.password = QStringLiteral("new-one");
        LOYALTY_VERIFY_OK(store.save(f.manager, again));
        QCOMPARE(store.load()->smtp.password, QStringLiteral("new-one"));
        QCOMPARE(store.load()->sms.authHeaderValue, kAuth);
        // A form that says none is stored any more clears it.
        again.smtp.password.clear();
        again.smtp.passwordStored = false;
        LOYALTY_VERIFY_OK(store.save(f.manager, again));
        QVERIFY(store.load()->smtp.password.isEmpty());
        QVERIFY(!store.settings(f.manager)->smtp.passwordStored);
        QVERIFY(!f.everything().contains(QStringLiteral("new-one")));
    }

    void clearValuesSealedOnFirstRead_data() { CLUB_ADD_ENGINE_ROWS(); }
    void clearValuesSealedOnFirstRead()
    {
        STORE();
        // As an older version left them.
        for (const auto &[key, value] : {std::pair{QStringLiteral("messaging.smtp.password"), kPassword},
                                         std::pair{QStringLiteral("messaging.sms.api_key"), kApiKey}}) {
            SqlQuery q(f.t.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
            q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value);
            LOYALTY_VERIFY_OK(q.exec());
        }
        const Result<MessagingSettings> first = f.hub.messagingSettings().load();
        LOYALTY_VERIFY_OK(first);
        QCOMPARE(first->smtp.password, kPassword);
        QCOMPARE(first->sms.apiKey, kApiKey);
        QVERIFY(f.raw(QStringLiteral("messaging.smtp.password")).startsWith(QLatin1String("sealed:v1:")));
        QVERIFY(!f.everything().contains(kPassword));
        QCOMPARE(f.hub.messagingSettings().load()->sms.apiKey, kApiKey);
    }

    void lostKeyFileLosesOnlyTheSecrets_data() { CLUB_ADD_ENGINE_ROWS(); }
    void lostKeyFileLosesOnlyTheSecrets()
    {
        STORE();
        MessagingSettingsStore &store = f.hub.messagingSettings();
        LOYALTY_VERIFY_OK(store.save(f.manager, f.draft()));
        QVERIFY(QFile::remove(store.keyFile()));
        // A copy of the store on another computer: the rest of the settings still work and
        // the form asks for the secrets again.
        const Result<MessagingSettings> loaded = store.load();
        LOYALTY_VERIFY_OK(loaded);
        QCOMPARE(loaded->smtp.host, QStringLiteral("127.0.0.1"));
        QVERIFY(loaded->smtp.password.isEmpty());
        QVERIFY(loaded->sms.apiKey.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessagingSecrets)
#include "tst_messagingsecrets.moc"
