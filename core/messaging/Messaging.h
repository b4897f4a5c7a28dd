// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of core/messaging: segments, templates, campaigns, occasions and the
// settings of the two channels.

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Club::Core {

enum class Channel { Sms, Email };
QString channelKey(Channel channel); // "sms", "email"
bool channelFromKey(const QString &key, Channel &channel);

// A saved member filter. Every condition is optional (a negative number or an empty value
// is "any"); the conditions combine with AND. Only active members are ever in a segment.
struct SegmentFilter
{
    QStringList tiers;               // members.tier keys
    Id groupId = kNoId;              // in this member group
    Id cardTypeId = kNoId;           // holds an active card of this type
    int noPurchaseForDays = -1;      // no sale in the last N days (never bought counts)
    int purchasedWithinDays = -1;    // at least one sale in the last N days
    int birthdayWithinDays = -1;     // Jalali birthday today or in the next N days
    int pointsExpiringWithinDays = -1; // points of a lot expire in the next N days
    qint64 minPoints = -1;           // points balance >= N
    QString city;                    // exact, case-insensitive
    bool smsReachable = false;       // has a mobile and did not opt out of SMS
    bool emailReachable = false;     // has an email and did not opt out of email

    bool operator==(const SegmentFilter &) const = default;
};

struct Segment
{
    Id id = kNoId;
    QString name;
    SegmentFilter filter;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A message in the three languages; body and subject hold {placeholders}. SMS ignores the
// subject.
struct MessageTemplate
{
    Id id = kNoId;
    QString name;
    Channel channel = Channel::Sms;
    QString subjectFa, bodyFa, subjectAr, bodyAr, subjectEn, bodyEn;

    QString subject(const QString &language) const;
    QString body(const QString &language) const;
    // The language a member's message is written in: the member's own when this template
    // has it, else the store's, else any it has (fa, ar, en).
    QString languageFor(const QString &memberLanguage, const QString &storeLanguage) const;
};

enum class DeliveryStatus { Pending, Sending, Sent, Failed, Skipped };
QString deliveryStatusKey(DeliveryStatus status);
DeliveryStatus deliveryStatusFromKey(const QString &key);

struct Campaign
{
    Id id = kNoId;
    QString name;
    Id segmentId = kNoId;
    Id templateId = kNoId;
    Channel channel = Channel::Sms;
    QDateTime createdAt;
    QDateTime startedAt; // invalid until the first run
    // Counts per status, filled by the list and by a run.
    int pending = 0, sent = 0, failed = 0, skipped = 0;
};

struct Recipient
{
    Id id = kNoId;
    Id memberId = kNoId;
    QString memberName;
    QString address; // mobile or email it went (or would go) to
    QString subject;
    QString body;
    DeliveryStatus status = DeliveryStatus::Pending;
    QString reason; // why it failed or was skipped, in the operator's language at the time
    int attempts = 0;
    QDateTime updatedAt;
};

enum class OccasionKind { Birthday, Anniversary, PointsExpiring, TierChange };
QString occasionKindKey(OccasionKind kind);
bool occasionKindFromKey(const QString &key, OccasionKind &kind);

// What the daily step sends for one kind of occasion.
struct OccasionRule
{
    OccasionKind kind = OccasionKind::Birthday;
    bool enabled = false;
    Id templateId = kNoId;
    int daysAhead = 7; // points expiring: warn when a lot expires within this many days
};

struct OccasionMessage
{
    Id id = kNoId;
    Id memberId = kNoId;
    OccasionKind kind = OccasionKind::Birthday;
    QDate occasionDate;
    Channel channel = Channel::Sms;
    QString address;
    QString subject;
    QString body;
    DeliveryStatus status = DeliveryStatus::Pending;
    QString reason;             // the last error of a failed one
    int attempts = 0;           // sends tried
    QDateTime nextAttemptAt;    // a failed one is tried again then; invalid: not again by itself
    QDateTime updatedAt;
};

struct SmtpSettings
{
    enum class Security { None, StartTls, Tls };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString password; // never logged
    // settings(actor) never gives the password back: it says whether one is stored. On
    // save, an empty password with this set keeps the stored one.
    bool passwordStored = false;
    QString fromAddress;
    QString fromName;
    QString caFile;    // extra CA certificate (PEM) to trust, e.g. a self-signed server's
    int timeoutSecs = 30;
};
QString smtpSecurityKey(SmtpSettings::Security security);
SmtpSettings::Security smtpSecurityFromKey(const QString &key);

struct SmsGatewaySettings
{
    QString preset = QStringLiteral("generic"); // "kavenegar", "smsir", "generic"
    // {to} (E.164, +98...), {to_local} (09...), {message}, {sender}, {apikey} are replaced;
    // URL-encoded in the URL and in form bodies, JSON-escaped in JSON bodies.
    QString urlTemplate;
    QString method = QStringLiteral("POST"); // "GET" or "POST"
    QString bodyTemplate;
    QString contentType = QStringLiteral("application/x-www-form-urlencoded");
    QString authHeaderName;   // e.g. "x-api-key" or "Authorization"
    QString authHeaderValue;  // may hold {apikey}; never logged
    QString apiKey;           // never logged
    // As SmtpSettings::passwordStored, for the auth header value and the API key.
    bool authHeaderValueStored = false;
    bool apiKeyStored = false;
    QString sender;
    int successStatus = 200;  // 0: any 2xx
    QString successJsonField; // dotted path, e.g. "return.status"; empty: not checked
    QString successJsonValue; // the value it must have
    QString successRegex;     // the body must match; empty: not checked
    int timeoutSecs = 30;

    static SmsGatewaySettings presetNamed(const QString &preset);
};

struct MessagingSettings
{
    SmtpSettings smtp;
    SmsGatewaySettings sms;
    QString language = QStringLiteral("fa"); // the language messages are written in
};

} // namespace Club::Core
