// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messaging.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace Club::Core {

// SMS through an HTTP gateway described by SmsGatewaySettings (URL and body templates,
// method, auth header, success check). send() blocks in a local event loop with its own
// QNetworkAccessManager and a time limit: call it off the UI thread. A message counts as
// sent only when the status code and, if set, the JSON field or the pattern all agree.
class SmsGateway
{
    Q_DECLARE_TR_FUNCTIONS(SmsGateway)

public:
    explicit SmsGateway(const SmsGatewaySettings &settings);

    Status send(const QString &mobile, const QString &text) const;

    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QByteArray headerName;
        QByteArray headerValue;
    };
    // What send() would ask; {to} is the number as given (E.164), {to_local} its Iranian
    // national form (+98912... -> 0912...).
    static Result<Request> request(const SmsGatewaySettings &settings, const QString &mobile, const QString &text);
    // Whether a reply means "sent"; the reason when not.
    static Status judge(const SmsGatewaySettings &settings, int status, const QByteArray &body);

private:
    SmsGatewaySettings m_settings;
};

} // namespace Club::Core
