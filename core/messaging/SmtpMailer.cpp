// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpMailer.h"

#include "util/Log.h"

#include <QRegularExpression>
#include <QUuid>

#include <curl/curl.h>

#include <mutex>

Q_LOGGING_CATEGORY(lcMail, "club.messaging.smtp")

namespace Club::Core {

namespace {
void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray encodedWord(const QString &text)
{
    // Plain ASCII stays readable; anything else is one RFC 2047 base64 word per chunk.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    // 39 bytes of UTF-8 -> 52 base64 characters: a header line with its name stays under 78.
    qsizetype i = 0;
    while (i < utf8.size()) {
        qsizetype n = std::min<qsizetype>(39, utf8.size() - i);
        // Never split a multi-byte character between two words.
        while (i + n < utf8.size() && (quint8(utf8.at(i + n)) & 0xC0) == 0x80)
            --n;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(i, n).toBase64() + "?=";
        i += n;
    }
    return out;
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(room, left);
    memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}
} // namespace

SmtpMailer::SmtpMailer(const SmtpSettings &settings)
    : m_settings(settings)
{}

bool SmtpMailer::looksLikeAddress(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    return re.match(address).hasMatch();
}

QByteArray SmtpMailer::compose(const SmtpSettings &s, const QString &to, const QString &subject, const QString &body,
                               const QDateTime &date)
{
    QByteArray m;
    const QByteArray from = s.fromAddress.toUtf8();
    m += "From: " + (s.fromName.isEmpty() ? from : encodedWord(s.fromName) + "\r\n <" + from + '>') + "\r\n";
    m += "To: <" + to.toUtf8() + ">\r\n";
    m += "Subject: " + encodedWord(subject) + "\r\n";
    m += "Date: " + date.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    const QString domain = s.fromAddress.section(u'@', 1);
    m += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain.toUtf8() +
         ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\n', QStringLiteral("\r\n"));
    const QByteArray b64 = text.toUtf8().toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 76)
        m += b64.mid(i, 76) + "\r\n";
    return m;
}

Status SmtpMailer::send(const QString &to, const QString &subject, const QString &body) const
{
    const SmtpSettings &s = m_settings;
    if (s.host.trimmed().isEmpty() || s.port <= 0 || s.port > 65535)
        return Error::make(Error::Code::Invalid, tr("Set the email server (SMTP) in the messaging settings first."),
                           QStringLiteral("smtp not configured"), QStringLiteral("host"));
    if (!looksLikeAddress(s.fromAddress))
        return Error::make(Error::Code::Invalid, tr("The sender's email address is not valid."),
                           QStringLiteral("smtp from invalid"), QStringLiteral("fromAddress"));
    if (!looksLikeAddress(to))
        return Error::make(Error::Code::Invalid, tr("\"%1\" is not a valid email address.").arg(to),
                           QStringLiteral("recipient invalid"), QStringLiteral("to"));
    initCurl();
    CURL *curl = curl_easy_init();
    if (!curl)
        return Error::make(Error::Code::Unsupported, tr("Email could not be started on this computer."),
                           QStringLiteral("curl_easy_init failed"));
    const QByteArray scheme = s.security == SmtpSettings::Security::Tls ? "smtps" : "smtp";
    const QByteArray url = scheme + "://" + s.host.trimmed().toUtf8() + ':' + QByteArray::number(s.port);
    const QByteArray from = '<' + s.fromAddress.toUtf8() + '>';
    const QByteArray user = s.user.toUtf8();
    QByteArray password = s.password.toUtf8();
    const QByteArray caFile = s.caFile.toLocal8Bit();
    Upload upload{compose(s, to, subject, body, QDateTime::currentDateTimeUtc())};
    curl_slist *rcpt = curl_slist_append(nullptr, QByteArray('<' + to.toUtf8() + '>').constData());
    char errorText[CURL_ERROR_SIZE] = {0};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::clamp(s.timeoutSecs, 1, 300)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(std::clamp(s.timeoutSecs, 1, 300) * 2));
    if (s.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // refuse to go on in clear
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    password.fill('\0');
    if (code == CURLE_OK)
        return {};

    const QString detail = QStringLiteral("smtp %1:%2: curl %3 (%4), reply %5")
                               .arg(s.host)
                               .arg(s.port)
                               .arg(int(code))
                               .arg(QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code)))
                               .arg(response);
    qCWarning(lcMail) << detail;
    QString message;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
        message = tr("The email server %1 could not be reached.").arg(s.host);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        message = tr("The email server %1 did not answer in time.").arg(s.host);
        break;
    case CURLE_LOGIN_DENIED:
        message = tr("The email server refused the user name or password.");
        break;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        message = tr("A secure connection to the email server could not be made: %1")
                      .arg(QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code)));
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    default:
        if (response == 550 || response == 551 || response == 553 || response == 501)
            message = tr("The email server refused the address %1 (reply %2).").arg(to).arg(response);
        else
            message = tr("The email could not be sent: %1")
                          .arg(QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code)));
        break;
    }
    return Error::make(Error::Code::Conflict, message, detail);
}

} // namespace Club::Core
