// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Messaging.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Club::Core {

// Email through SMTP with libcurl: plain, STARTTLS (required, never silently plain) or
// implicit TLS, optional AUTH, bounded connect and total times. send() blocks: call it off
// the UI thread (campaigns and occasion messages run on a worker thread). The password is
// handed to libcurl only, never logged.
class SmtpMailer
{
    Q_DECLARE_TR_FUNCTIONS(SmtpMailer)

public:
    explicit SmtpMailer(const SmtpSettings &settings);

    Status send(const QString &to, const QString &subject, const QString &body) const;

    // The RFC 5322 message: UTF-8 subject and From name as RFC 2047 encoded words, the body
    // base64 in 76-column lines, CRLF line ends.
    static QByteArray compose(const SmtpSettings &settings, const QString &to, const QString &subject,
                              const QString &body, const QDateTime &date);
    static bool looksLikeAddress(const QString &address);

private:
    SmtpSettings m_settings;
};

} // namespace Club::Core
