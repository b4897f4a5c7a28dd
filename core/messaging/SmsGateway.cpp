// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsGateway.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSms, "club.messaging.sms")

namespace Club::Core {

namespace {
QString localMobile(const QString &mobile)
{
    if (mobile.startsWith(QLatin1String("+98")))
        return u'0' + mobile.mid(3);
    return mobile;
}

QString jsonEscaped(const QString &text)
{
    // QJsonDocument writes the string with its quotes; the template has its own.
    const QByteArray quoted = QJsonDocument(QJsonObject{{QStringLiteral("v"), text}}).toJson(QJsonDocument::Compact);
    // {"v":"..."} -> ...
    return QString::fromUtf8(quoted.mid(6, quoted.size() - 8));
}

// One pass, so a {placeholder} inside the message text (or the sender) is never filled in:
// a message saying "{apikey}" must not carry the key.
QString fill(const QString &text, const QHash<QString, QString> &values,
             const std::function<QString(const QString &)> &enc)
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!values.contains(m.captured(1)))
            continue;
        out += text.mid(last, m.capturedStart() - last) + enc(values.value(m.captured(1)));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString percent(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

Error failed(const QString &message, const QString &detail)
{
    return Error::make(Error::Code::Conflict, message, detail);
}
} // namespace

SmsGateway::SmsGateway(const SmsGatewaySettings &settings)
    : m_settings(settings)
{}

Result<SmsGateway::Request> SmsGateway::request(const SmsGatewaySettings &s, const QString &mobile, const QString &text)
{
    if (s.urlTemplate.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Set the SMS gateway in the messaging settings first."),
                           QStringLiteral("sms not configured"), QStringLiteral("urlTemplate"));
    if (mobile.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("The member has no mobile number."),
                           QStringLiteral("no mobile"), QStringLiteral("to"));
    const QHash<QString, QString> values{{QStringLiteral("to"), mobile},
                                         {QStringLiteral("to_local"), localMobile(mobile)},
                                         {QStringLiteral("message"), text},
                                         {QStringLiteral("sender"), s.sender},
                                         {QStringLiteral("apikey"), s.apiKey}};
    Request r;
    r.method = s.method.trimmed().toUpper() == QLatin1String("GET") ? "GET" : "POST";
    r.url = QUrl(fill(s.urlTemplate.trimmed(), values, percent), QUrl::StrictMode);
    if (!r.url.isValid() || (r.url.scheme() != QLatin1String("http") && r.url.scheme() != QLatin1String("https")))
        return Error::make(Error::Code::Invalid, tr("The SMS gateway address is not a valid http or https URL."),
                           QStringLiteral("sms url invalid"), QStringLiteral("urlTemplate"));
    const bool json = s.contentType.contains(QLatin1String("json"), Qt::CaseInsensitive);
    if (r.method == "POST") {
        r.contentType = s.contentType.toLatin1();
        r.body = fill(s.bodyTemplate, values, json ? jsonEscaped : percent).toUtf8();
    }
    if (!s.authHeaderName.trimmed().isEmpty()) {
        r.headerName = s.authHeaderName.trimmed().toLatin1();
        r.headerValue = fill(s.authHeaderValue, values, [](const QString &v) { return v; }).toUtf8();
    }
    return r;
}

Status SmsGateway::judge(const SmsGatewaySettings &s, int status, const QByteArray &body)
{
    const bool statusOk = s.successStatus > 0 ? status == s.successStatus : (status >= 200 && status < 300);
    const QString head = QString::fromUtf8(body.left(300)).simplified();
    if (!statusOk)
        return failed(tr("The SMS gateway refused the message (HTTP %1): %2").arg(status).arg(head),
                      QStringLiteral("sms http %1").arg(status));
    if (!s.successJsonField.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QJsonValue v = doc.object();
        for (const QString &key : s.successJsonField.trimmed().split(u'.'))
            v = v.toObject().value(key);
        const QString got = v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                            : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                         : v.toString();
        if (v.isUndefined() || got != s.successJsonValue.trimmed())
            return failed(tr("The SMS gateway did not confirm the message: %1").arg(head),
                          QStringLiteral("sms json %1=%2").arg(s.successJsonField, got));
    }
    if (!s.successRegex.isEmpty()) {
        const QRegularExpression re(s.successRegex);
        if (!re.isValid() || !re.match(QString::fromUtf8(body)).hasMatch())
            return failed(tr("The SMS gateway did not confirm the message: %1").arg(head),
                          QStringLiteral("sms reply does not match pattern"));
    }
    return {};
}

Status SmsGateway::send(const QString &mobile, const QString &text) const
{
    Result<Request> r = request(m_settings, mobile, text);
    if (!r)
        return r.error();
    QNetworkAccessManager network;
    QNetworkRequest request(r->url);
    request.setTransferTimeout(std::clamp(m_settings.timeoutSecs, 1, 300) * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!r->contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r->contentType);
    if (!r->headerName.isEmpty())
        request.setRawHeader(r->headerName, r->headerValue);
    QNetworkReply *reply = r->method == "GET" ? network.get(request) : network.post(request, r->body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A second guard besides the transfer timeout: a connect that hangs is bounded too.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard.start(std::clamp(m_settings.timeoutSecs, 1, 300) * 1000 + 2000);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    // Qt may quote the whole URL, which can hold the API key: only the host is kept.
    const QString errorString = QString(reply->errorString()).replace(r->url.toString(), r->url.host());
    delete reply;
    // The host only: the URL may hold the API key.
    const QString host = r->url.host();
    if (status == 0) {
        qCWarning(lcSms) << "sms gateway" << host << "unreachable:" << int(error);
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            return failed(tr("The SMS gateway %1 did not answer in time.").arg(host),
                          QStringLiteral("sms timeout %1").arg(host));
        return failed(tr("The SMS gateway %1 could not be reached: %2").arg(host, errorString),
                      QStringLiteral("sms network error %1 %2").arg(host).arg(int(error)));
    }
    Status judged = judge(m_settings, status, body);
    if (!judged)
        qCWarning(lcSms) << "sms gateway" << host << "refused:" << judged.error().detail;
    return judged;
}

} // namespace Club::Core
