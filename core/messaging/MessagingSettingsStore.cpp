// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagingSettingsStore.h"

#include "SmtpMailer.h"
#include "TemplateRenderer.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcMessagingSettings, "club.messaging.settings")

namespace Club::Core {

namespace {
const QString kPrefix = QStringLiteral("messaging.");

QString ruleKey(OccasionKind kind, const char *what)
{
    return kPrefix + QStringLiteral("occasion.") + occasionKindKey(kind) + u'.' + QLatin1String(what);
}

const QStringList kSecrets{QStringLiteral("smtp.password"), QStringLiteral("sms.auth_value"),
                           QStringLiteral("sms.api_key")};

// Secrets go to the database sealed, and never to the audit detail.
bool secret(const QString &key)
{
    return key.endsWith(QLatin1String(".password")) || key.endsWith(QLatin1String(".api_key")) ||
           key.endsWith(QLatin1String(".auth_value"));
}
} // namespace

MessagingSettingsStore::MessagingSettingsStore(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(db, clock)
    , m_box(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/messaging.key"))
{}

Result<MessagingSettings> MessagingSettingsStore::load() const
{
    return read(true);
}

Result<MessagingSettings> MessagingSettingsStore::read(bool unseal) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'messaging.%'"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, QString> v;
    while (q.next())
        v.insert(q.value(0).toString().mid(kPrefix.size()), q.value(1).toString());
    for (const QString &key : kSecrets) {
        QString &value = v[key];
        if (value.isEmpty() || SecretBox::isSealed(value))
            continue;
        // Stored in clear by an older version: sealed now, in place. When the key file
        // cannot be written the value is still used as it is, and sealing is tried again.
        const Result<QString> sealed = m_box.seal(value);
        Status kept = sealed ? Status{} : Status(sealed.error());
        if (sealed) {
            SqlQuery update(m_db, QStringLiteral("UPDATE settings SET value = :v WHERE key = :k"));
            update.bind(QStringLiteral(":v"), *sealed).bind(QStringLiteral(":k"), QString(kPrefix + key));
            kept = update.exec();
        }
        if (kept)
            qCInfo(lcMessagingSettings) << "sealed the" << key << "stored in clear";
        else
            qCWarning(lcMessagingSettings) << "could not seal the" << key << "stored in clear:" << kept.error().detail;
    }
    MessagingSettings out;
    const auto text = [&v](const char *key, QString &field) {
        if (v.contains(QLatin1String(key)))
            field = v.value(QLatin1String(key));
    };
    const auto number = [&v](const char *key, int &field) {
        bool ok = false;
        const int n = v.value(QLatin1String(key)).toInt(&ok);
        if (ok)
            field = n;
    };
    text("language", out.language);
    SmtpSettings &m = out.smtp;
    text("smtp.host", m.host);
    number("smtp.port", m.port);
    m.security = smtpSecurityFromKey(v.value(QStringLiteral("smtp.security")));
    text("smtp.user", m.user);
    text("smtp.password", m.password);
    text("smtp.from", m.fromAddress);
    text("smtp.from_name", m.fromName);
    text("smtp.ca_file", m.caFile);
    number("smtp.timeout", m.timeoutSecs);
    SmsGatewaySettings &g = out.sms;
    text("sms.preset", g.preset);
    text("sms.url", g.urlTemplate);
    text("sms.method", g.method);
    text("sms.body", g.bodyTemplate);
    text("sms.content_type", g.contentType);
    text("sms.auth_header", g.authHeaderName);
    text("sms.auth_value", g.authHeaderValue);
    text("sms.api_key", g.apiKey);
    text("sms.sender", g.sender);
    number("sms.success_status", g.successStatus);
    text("sms.success_field", g.successJsonField);
    text("sms.success_value", g.successJsonValue);
    text("sms.success_regex", g.successRegex);
    number("sms.timeout", g.timeoutSecs);
    m.passwordStored = !m.password.isEmpty();
    g.authHeaderValueStored = !g.authHeaderValue.isEmpty();
    g.apiKeyStored = !g.apiKey.isEmpty();
    for (QString *secret : {&m.password, &g.authHeaderValue, &g.apiKey}) {
        if (!unseal) {
            secret->clear();
            continue;
        }
        const Result<QString> opened = m_box.open(*secret);
        if (!opened)
            qCWarning(lcMessagingSettings) << "a messaging secret cannot be opened:" << opened.error().detail;
        *secret = opened ? *opened : QString();
    }
    return out;
}

Result<MessagingSettings> MessagingSettingsStore::settings(const Actor &actor) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    return read(false);
}

Status MessagingSettingsStore::validate(const MessagingSettings &s)
{
    if (s.language != QLatin1String("fa") && s.language != QLatin1String("ar") && s.language != QLatin1String("en"))
        return Error::invalid(tr("Choose Persian, Arabic or English for messages."), QStringLiteral("language"));
    if (!s.smtp.host.trimmed().isEmpty()) {
        if (s.smtp.port <= 0 || s.smtp.port > 65535)
            return Error::invalid(tr("The email server's port must be between 1 and 65535."), QStringLiteral("port"));
        if (!SmtpMailer::looksLikeAddress(s.smtp.fromAddress))
            return Error::invalid(tr("Enter the sender's email address, such as club@example.com."),
                                  QStringLiteral("fromAddress"));
    }
    if (s.smtp.timeoutSecs < 1 || s.smtp.timeoutSecs > 300 || s.sms.timeoutSecs < 1 || s.sms.timeoutSecs > 300)
        return Error::invalid(tr("The time limit must be between 1 and 300 seconds."), QStringLiteral("timeout"));
    if (!s.sms.urlTemplate.trimmed().isEmpty()) {
        const QUrl url(s.sms.urlTemplate.trimmed());
        if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            return Error::invalid(tr("The SMS gateway address must start with http:// or https://."),
                                  QStringLiteral("urlTemplate"));
        if (!s.sms.urlTemplate.contains(QLatin1String("{message}")) &&
            !s.sms.bodyTemplate.contains(QLatin1String("{message}")))
            return Error::invalid(tr("The SMS gateway's address or body must contain {message}."),
                                  QStringLiteral("bodyTemplate"));
    }
    return {};
}

Status MessagingSettingsStore::write(const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bind(QStringLiteral(":k"), QString(kPrefix + it.key())).bind(QStringLiteral(":v"), it.value());
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Status MessagingSettingsStore::save(const Actor &actor, const MessagingSettings &s)
{
    if (Status st = require(actor, Permission::MessagingManage); !st)
        return st;
    if (Status st = validate(s); !st)
        return st;
    const QHash<QString, QString> values{
        {QStringLiteral("language"), s.language},
        {QStringLiteral("smtp.host"), s.smtp.host.trimmed()},
        {QStringLiteral("smtp.port"), QString::number(s.smtp.port)},
        {QStringLiteral("smtp.security"), smtpSecurityKey(s.smtp.security)},
        {QStringLiteral("smtp.user"), s.smtp.user},
        {QStringLiteral("smtp.password"), s.smtp.password},
        {QStringLiteral("smtp.from"), s.smtp.fromAddress.trimmed()},
        {QStringLiteral("smtp.from_name"), s.smtp.fromName},
        {QStringLiteral("smtp.ca_file"), s.smtp.caFile},
        {QStringLiteral("smtp.timeout"), QString::number(s.smtp.timeoutSecs)},
        {QStringLiteral("sms.preset"), s.sms.preset},
        {QStringLiteral("sms.url"), s.sms.urlTemplate.trimmed()},
        {QStringLiteral("sms.method"), s.sms.method},
        {QStringLiteral("sms.body"), s.sms.bodyTemplate},
        {QStringLiteral("sms.content_type"), s.sms.contentType},
        {QStringLiteral("sms.auth_header"), s.sms.authHeaderName},
        {QStringLiteral("sms.auth_value"), s.sms.authHeaderValue},
        {QStringLiteral("sms.api_key"), s.sms.apiKey},
        {QStringLiteral("sms.sender"), s.sms.sender},
        {QStringLiteral("sms.success_status"), QString::number(s.sms.successStatus)},
        {QStringLiteral("sms.success_field"), s.sms.successJsonField},
        {QStringLiteral("sms.success_value"), s.sms.successJsonValue},
        {QStringLiteral("sms.success_regex"), s.sms.successRegex},
        {QStringLiteral("sms.timeout"), QString::number(s.sms.timeoutSecs)},
    };
    // Secrets: a new one is sealed; none typed keeps the stored one (the form never shows
    // it), unless the form says none is stored any more.
    QHash<QString, QString> toWrite = values;
    QStringList detail;
    const std::pair<QString, bool> secrets[] = {{QStringLiteral("smtp.password"), s.smtp.passwordStored},
                                                {QStringLiteral("sms.auth_value"), s.sms.authHeaderValueStored},
                                                {QStringLiteral("sms.api_key"), s.sms.apiKeyStored}};
    for (const auto &[key, stored] : secrets) {
        const QString plain = toWrite.value(key);
        if (plain.isEmpty() && stored) {
            toWrite.remove(key);
            detail << key + QStringLiteral("=(kept)");
            continue;
        }
        const Result<QString> sealed = m_box.seal(plain);
        if (!sealed)
            return sealed.error();
        toWrite.insert(key, *sealed);
        detail << key + u'=' + (plain.isEmpty() ? QString() : QStringLiteral("***"));
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status st = write(toWrite); !st)
        return st;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!secret(it.key()))
            detail << it.key() + u'=' + it.value();
    }
    detail.sort();
    if (Status st = m_audit.record(actor, QStringLiteral("messaging_settings.save"), QStringLiteral("setting"), kNoId,
                                   detail.join(QStringLiteral(", ")));
        !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    Q_EMIT saved();
    return {};
}

Result<QList<OccasionRule>> MessagingSettingsStore::loadOccasionRules() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'messaging.occasion.%'"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, QString> v;
    while (q.next())
        v.insert(q.value(0).toString(), q.value(1).toString());
    QList<OccasionRule> out;
    for (OccasionKind kind : {OccasionKind::Birthday, OccasionKind::Anniversary, OccasionKind::PointsExpiring,
                              OccasionKind::TierChange}) {
        OccasionRule r;
        r.kind = kind;
        r.enabled = v.value(ruleKey(kind, "enabled")) == QLatin1String("1");
        r.templateId = v.value(ruleKey(kind, "template")).toLongLong();
        if (r.templateId == 0)
            r.templateId = kNoId;
        bool ok = false;
        const int days = v.value(ruleKey(kind, "days")).toInt(&ok);
        if (ok)
            r.daysAhead = days;
        out << r;
    }
    return out;
}

Result<QList<OccasionRule>> MessagingSettingsStore::occasionRules(const Actor &actor) const
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s.error();
    return loadOccasionRules();
}

Status MessagingSettingsStore::saveOccasionRule(const Actor &actor, const OccasionRule &rule)
{
    if (Status s = require(actor, Permission::MessagingManage); !s)
        return s;
    if (rule.enabled && rule.templateId == kNoId)
        return Error::invalid(tr("Choose the message to send on this occasion."), QStringLiteral("template"));
    if (rule.daysAhead < 0 || rule.daysAhead > 365)
        return Error::invalid(tr("The days ahead must be between 0 and 365."), QStringLiteral("daysAhead"));
    const QString prefix = QStringLiteral("occasion.") + occasionKindKey(rule.kind) + u'.';
    const QHash<QString, QString> values{
        {prefix + QStringLiteral("enabled"), rule.enabled ? QStringLiteral("1") : QStringLiteral("0")},
        {prefix + QStringLiteral("template"), QString::number(rule.templateId == kNoId ? 0 : rule.templateId)},
        {prefix + QStringLiteral("days"), QString::number(rule.daysAhead)}};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = write(values); !s)
        return s;
    if (Status s = m_audit.record(actor, QStringLiteral("occasion_rule.save"), QStringLiteral("setting"), kNoId,
                                  occasionKindKey(rule.kind));
        !s)
        return s;
    return tx.commit();
}

} // namespace Club::Core
