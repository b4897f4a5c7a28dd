// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer vectors computed independently (Python hmac/hashlib), so the server and the
// client cannot agree with each other on a wrong canonical string.
#include "sync/RequestSigning.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Core;

namespace {
QByteArray testSecret()
{
    QByteArray s;
    for (int i = 0; i < 32; ++i)
        s.append(char(i));
    return s;
}
const QByteArray kNonce = "AAECAwQFBgcICQoLDA0ODw";
} // namespace

class TestRequestSigning : public QObject
{
    Q_OBJECT

private slots:
    void emptyBodyHash()
    {
        QCOMPARE(RequestSigning::bodyHash({}),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("session");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("login, no session") << QByteArray("post") << QByteArray("/v1/session")
                                           << QByteArray(R"({"username":"admin","password":"x"})") << QByteArray()
                                           << QByteArray("Kyzh4JTzV4JQioDMzG_dVrkiTxoBRxLOUU6HpXIKjrk");
        QTest::newRow("get with query and session")
            << QByteArray("GET") << QByteArray("/v1/sync/products?after=0&limit=500") << QByteArray()
            << QByteArray("tok123") << QByteArray("czpst8t0Loo6shuZmvnmRP9UB1QwwxtiPcudlQXifR0");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, session);
        QFETCH(QByteArray, expected);
        const QByteArray canon = RequestSigning::canonical(method, path, 1700000000, kNonce, body, session);
        QVERIFY(canon.startsWith(QByteArray(method.toUpper() + '\n')));
        QCOMPARE(RequestSigning::signature(testSecret(), canon), expected);
        QVERIFY(RequestSigning::verify(testSecret(), canon, expected));
    }

    void verifyRefusesChanges()
    {
        const QByteArray canon = RequestSigning::canonical("POST", "/v1/sales", 1700000000, kNonce, "{}", "t");
        const QByteArray sig = RequestSigning::signature(testSecret(), canon);
        QVERIFY(RequestSigning::verify(testSecret(), canon, sig));
        QVERIFY(!RequestSigning::verify(testSecret(), canon, sig.left(sig.size() - 1)));
        QVERIFY(!RequestSigning::verify(testSecret(), canon, QByteArray()));
        QByteArray otherSecret = testSecret();
        otherSecret[0] = 'x';
        QVERIFY(!RequestSigning::verify(otherSecret, canon, sig));
        const QByteArray otherBody = RequestSigning::canonical("POST", "/v1/sales", 1700000000, kNonce, "{ }", "t");
        QVERIFY(!RequestSigning::verify(testSecret(), otherBody, sig));
        const QByteArray otherSession = RequestSigning::canonical("POST", "/v1/sales", 1700000000, kNonce, "{}", "u");
        QVERIFY(!RequestSigning::verify(testSecret(), otherSession, sig));
    }

    void headersSignWhatTheyCarry()
    {
        const auto hs = RequestSigning::headers("t_1", testSecret(), "GET", "/v1/members/7", {}, "tok", 1700000123);
        QCOMPARE(hs.size(), 5);
        QByteArray nonce, sig;
        for (const auto &h : hs) {
            if (h.first == RequestSigning::kNonceHeader)
                nonce = h.second;
            if (h.first == RequestSigning::kSignatureHeader)
                sig = h.second;
        }
        QCOMPARE(RequestSigning::fromBase64Url(nonce)->size(), RequestSigning::kNonceSize);
        const QByteArray canon = RequestSigning::canonical("GET", "/v1/members/7", 1700000123, nonce, {}, "tok");
        QVERIFY(RequestSigning::verify(testSecret(), canon, sig));
        // No session header before login.
        QCOMPARE(RequestSigning::headers("t_1", testSecret(), "POST", "/v1/session", "{}", {}, 1).size(), 4);
    }

    void base64Url()
    {
        const QByteArray raw("\xfb\xff\x00\x01", 4);
        const QByteArray text = RequestSigning::toBase64Url(raw);
        QCOMPARE(text, QByteArray("-_8AAQ"));
        QCOMPARE(*RequestSigning::fromBase64Url(text), raw);
        QVERIFY(!RequestSigning::fromBase64Url("a+b/").has_value());
        QVERIFY(RequestSigning::newNonce() != RequestSigning::newNonce());
    }
};

QTEST_GUILESS_MAIN(TestRequestSigning)
#include "tst_requestsigning.moc"
