// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SMS through the HTTP gateway to a server on loopback: the Kavenegar-style and SMS.ir-style
// presets and a generic GET, checked for method, URL, body and headers; refusals by status,
// by JSON field and by pattern, an unreachable gateway and one that never answers all come
// back as failures with a reason.
#include "HttpSink.h"
#include "messaging/SmsGateway.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Club::Core;
using Club::Test::HttpAnswer;
using Club::Test::HttpRequest;
using Club::Test::HttpSink;

namespace {
const QString kText = QStringLiteral("سلام {apikey} & 100% = تخفیف؟");
const QString kMobile = QStringLiteral("+989121234567");

SmsGatewaySettings onSink(const QString &preset, const HttpSink &sink)
{
    SmsGatewaySettings s = SmsGatewaySettings::presetNamed(preset);
    s.urlTemplate.replace(QRegularExpression(QStringLiteral("^https://[^/]+")), sink.base());
    s.apiKey = QStringLiteral("KEY-123");
    s.sender = QStringLiteral("10004346");
    s.timeoutSecs = 2;
    return s;
}

QString errorOf(const Status &s)
{
    return s.ok() ? QString() : s.error().message + QStringLiteral(" / ") + s.error().detail;
}
} // namespace

class TestSmsGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kavenegar()
    {
        HttpSink sink;
        sink.answer = [](const HttpRequest &) {
            return HttpAnswer{200, R"({"return":{"status":200,"message":"تایید شد"},"entries":[{"messageid":1}]})"};
        };
        const Status sent = SmsGateway(onSink(QStringLiteral("kavenegar"), sink)).send(kMobile, kText);
        QVERIFY2(sent.ok(), qPrintable(errorOf(sent)));
        QCOMPARE(sink.requests.size(), 1);
        const HttpRequest &r = sink.requests.constFirst();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/v1/KEY-123/sms/send.json"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(r.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("receptor"), QUrl::FullyDecoded), QStringLiteral("09121234567"));
        QCOMPARE(form.queryItemValue(QStringLiteral("sender"), QUrl::FullyDecoded), QStringLiteral("10004346"));
        // The text arrives whole: "&", "%" and "=" encoded, and "{apikey}" in it left as it is.
        QCOMPARE(form.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded), kText);

        // HTTP 200 but the provider's own status says no: failed, with its words.
        sink.answer = [](const HttpRequest &) {
            return HttpAnswer{200, R"({"return":{"status":418,"message":"اعتبار کافی نیست"}})"};
        };
        const Status refused = SmsGateway(onSink(QStringLiteral("kavenegar"), sink)).send(kMobile, kText);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("اعتبار کافی نیست")), qPrintable(errorOf(refused)));
        sink.answer = [](const HttpRequest &) { return HttpAnswer{401, R"({"return":{"status":401}})"}; };
        const Status unauthorized = SmsGateway(onSink(QStringLiteral("kavenegar"), sink)).send(kMobile, kText);
        QVERIFY(!unauthorized.ok());
        QVERIFY(unauthorized.error().message.contains(QLatin1String("401")));
        QVERIFY(!unauthorized.error().detail.contains(QLatin1String("KEY-123")));
    }

    void smsIrJsonWithHeader()
    {
        HttpSink sink;
        sink.answer = [](const HttpRequest &) { return HttpAnswer{200, R"({"status":1,"message":"موفق"})"}; };
        const Status sent = SmsGateway(onSink(QStringLiteral("smsir"), sink)).send(kMobile, kText + u'"' + u'\n');
        QVERIFY2(sent.ok(), qPrintable(errorOf(sent)));
        const HttpRequest &r = sink.requests.constFirst();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/v1/send/bulk"));
        QCOMPARE(r.headers.value("x-api-key"), QByteArray("KEY-123"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("messageText")).toString(), kText + u'"' + u'\n');
        QCOMPARE(body.value(QStringLiteral("mobiles")).toArray().at(0).toString(), QStringLiteral("09121234567"));
        QCOMPARE(body.value(QStringLiteral("lineNumber")).toString(), QStringLiteral("10004346"));

        sink.answer = [](const HttpRequest &) { return HttpAnswer{200, R"({"status":0,"message":"خطا"})"}; };
        QVERIFY(!SmsGateway(onSink(QStringLiteral("smsir"), sink)).send(kMobile, kText).ok());
    }

    void genericGetWithPattern()
    {
        HttpSink sink;
        SmsGatewaySettings s = SmsGatewaySettings::presetNamed(QStringLiteral("generic"));
        s.urlTemplate = sink.base() + QStringLiteral("/send?to={to}&text={message}");
        s.method = QStringLiteral("GET");
        s.authHeaderName = QStringLiteral("Authorization");
        s.authHeaderValue = QStringLiteral("Bearer {apikey}");
        s.apiKey = QStringLiteral("tok");
        s.successRegex = QStringLiteral("^OK\\b");
        s.timeoutSecs = 2;
        sink.answer = [](const HttpRequest &) { return HttpAnswer{200, "OK 42"}; };
        const Status sent = SmsGateway(s).send(kMobile, QStringLiteral("سلام"));
        QVERIFY2(sent.ok(), qPrintable(errorOf(sent)));
        const HttpRequest &r = sink.requests.constFirst();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer tok"));
        QVERIFY(r.body.isEmpty());
        const QUrlQuery query(QUrl(QString::fromLatin1(r.target)).query());
        QCOMPARE(query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded), kMobile);
        QCOMPARE(query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded), QStringLiteral("سلام"));

        sink.answer = [](const HttpRequest &) { return HttpAnswer{200, "ERROR no credit"}; };
        QVERIFY(!SmsGateway(s).send(kMobile, QStringLiteral("سلام")).ok());
        // Any 2xx when no status is set; 500 fails.
        s.successRegex.clear();
        sink.answer = [](const HttpRequest &) { return HttpAnswer{202, ""}; };
        QVERIFY(SmsGateway(s).send(kMobile, QStringLiteral("سلام")).ok());
        sink.answer = [](const HttpRequest &) { return HttpAnswer{500, "boom"}; };
        QVERIFY(!SmsGateway(s).send(kMobile, QStringLiteral("سلام")).ok());
    }

    void unreachableAndSilent()
    {
        HttpSink sink;
        SmsGatewaySettings s = onSink(QStringLiteral("kavenegar"), sink);
        sink.answer = [](const HttpRequest &) { return HttpAnswer{200, "", true}; };
        const Status silent = SmsGateway(s).send(kMobile, kText);
        QVERIFY(!silent.ok());
        QVERIFY2(silent.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(errorOf(silent)));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        s.urlTemplate = QStringLiteral("http://127.0.0.1:%1/v1/{apikey}/sms/send.json").arg(port);
        const Status unreachable = SmsGateway(s).send(kMobile, kText);
        QVERIFY(!unreachable.ok());
        QVERIFY(!unreachable.error().message.contains(QLatin1String("KEY-123")));

        QVERIFY(!SmsGateway(s).send(QString(), kText).ok());
        s.urlTemplate.clear();
        QVERIFY(!SmsGateway(s).send(kMobile, kText).ok());
    }
};

QTEST_GUILESS_MAIN(TestSmsGateway)
#include "tst_smsgateway.moc"
