// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Messaging.h"

namespace Club::Core {

QString channelKey(Channel channel)
{
    return channel == Channel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

bool channelFromKey(const QString &key, Channel &channel)
{
    if (key == QLatin1String("sms"))
        channel = Channel::Sms;
    else if (key == QLatin1String("email"))
        channel = Channel::Email;
    else
        return false;
    return true;
}

QString MessageTemplate::subject(const QString &language) const
{
    // A language left empty falls back to Persian, then English: a message is never blank
    // because one translation is missing.
    const QString own = language == QLatin1String("ar") ? subjectAr
                        : language == QLatin1String("en") ? subjectEn
                                                          : subjectFa;
    if (!own.trimmed().isEmpty())
        return own;
    return !subjectFa.trimmed().isEmpty() ? subjectFa : subjectEn;
}

QString MessageTemplate::body(const QString &language) const
{
    const QString own = language == QLatin1String("ar") ? bodyAr : language == QLatin1String("en") ? bodyEn : bodyFa;
    if (!own.trimmed().isEmpty())
        return own;
    return !bodyFa.trimmed().isEmpty() ? bodyFa : bodyEn;
}

QString MessageTemplate::languageFor(const QString &memberLanguage, const QString &storeLanguage) const
{
    const auto has = [this](const QString &language) {
        const QString own = language == QLatin1String("ar")   ? bodyAr
                            : language == QLatin1String("en") ? bodyEn
                            : language == QLatin1String("fa") ? bodyFa
                                                              : QString();
        return !own.trimmed().isEmpty();
    };
    for (const QString &language : {memberLanguage, storeLanguage, QStringLiteral("fa"), QStringLiteral("ar"),
                                    QStringLiteral("en")}) {
        if (has(language))
            return language;
    }
    return storeLanguage;
}

QString deliveryStatusKey(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Pending:
        return QStringLiteral("pending");
    case DeliveryStatus::Sending:
        return QStringLiteral("sending");
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    case DeliveryStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

DeliveryStatus deliveryStatusFromKey(const QString &key)
{
    for (DeliveryStatus s : {DeliveryStatus::Pending, DeliveryStatus::Sending, DeliveryStatus::Sent,
                             DeliveryStatus::Failed, DeliveryStatus::Skipped}) {
        if (deliveryStatusKey(s) == key)
            return s;
    }
    return DeliveryStatus::Pending;
}

QString occasionKindKey(OccasionKind kind)
{
    switch (kind) {
    case OccasionKind::Birthday:
        return QStringLiteral("birthday");
    case OccasionKind::Anniversary:
        return QStringLiteral("anniversary");
    case OccasionKind::PointsExpiring:
        return QStringLiteral("points_expiring");
    case OccasionKind::TierChange:
        return QStringLiteral("tier_change");
    }
    return {};
}

bool occasionKindFromKey(const QString &key, OccasionKind &kind)
{
    for (OccasionKind k : {OccasionKind::Birthday, OccasionKind::Anniversary, OccasionKind::PointsExpiring,
                           OccasionKind::TierChange}) {
        if (occasionKindKey(k) == key) {
            kind = k;
            return true;
        }
    }
    return false;
}

QString smtpSecurityKey(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    case SmtpSettings::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpSettings::Security::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

SmtpSettings::Security smtpSecurityFromKey(const QString &key)
{
    if (key == QLatin1String("none"))
        return SmtpSettings::Security::None;
    if (key == QLatin1String("tls"))
        return SmtpSettings::Security::Tls;
    return SmtpSettings::Security::StartTls;
}

SmsGatewaySettings SmsGatewaySettings::presetNamed(const QString &preset)
{
    SmsGatewaySettings s;
    if (preset == QLatin1String("kavenegar")) {
        // Kavenegar's REST API (kavenegar.com/rest.html, as its official SDKs call it):
        // POST form fields receptor, sender, message to /v1/{API-KEY}/sms/send.json; the
        // reply is JSON whose return.status is 200 when the message was accepted.
        s.preset = preset;
        s.urlTemplate = QStringLiteral("https://api.kavenegar.com/v1/{apikey}/sms/send.json");
        s.method = QStringLiteral("POST");
        s.contentType = QStringLiteral("application/x-www-form-urlencoded");
        s.bodyTemplate = QStringLiteral("receptor={to_local}&sender={sender}&message={message}");
        s.successStatus = 200;
        s.successJsonField = QStringLiteral("return.status");
        s.successJsonValue = QStringLiteral("200");
    } else if (preset == QLatin1String("smsir")) {
        // SMS.ir's v1 API: POST JSON to /v1/send/bulk with the key in an x-api-key header;
        // the reply's status is 1 on success.
        s.preset = preset;
        s.urlTemplate = QStringLiteral("https://api.sms.ir/v1/send/bulk");
        s.method = QStringLiteral("POST");
        s.contentType = QStringLiteral("application/json");
        s.bodyTemplate =
            QStringLiteral("{\"lineNumber\": \"{sender}\", \"messageText\": \"{message}\", \"mobiles\": [\"{to_local}\"]}");
        s.authHeaderName = QStringLiteral("x-api-key");
        s.authHeaderValue = QStringLiteral("{apikey}");
        s.successStatus = 200;
        s.successJsonField = QStringLiteral("status");
        s.successJsonValue = QStringLiteral("1");
    } else {
        s.preset = QStringLiteral("generic");
        s.method = QStringLiteral("POST");
        s.bodyTemplate = QStringLiteral("to={to}&text={message}");
        s.successStatus = 0;
    }
    return s;
}

} // namespace Club::Core
