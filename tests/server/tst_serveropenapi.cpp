// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// server/api/openapi.json against the running server: the same routes both ways, every
// documented operation answers (not 404/405), and real responses carry every property the
// description requires, down through nested objects and arrays.
#include "ServerTestSupport.h"
#include "TestMain.h"
#include "auth/PasswordHasher.h"

#include <QFile>
#include <QSet>

using namespace Club::Core;
using namespace Club::Test;

class TestServerOpenApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> f;
    ApiClient c;
    QJsonObject m_doc;
    qint64 m_saleId = 0;

    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(QStringLiteral("$ref"))) {
            const QString name = schema.value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1);
            schema = m_doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject()
                         .value(name).toObject();
        }
        return schema;
    }

    // Problems of `value` against `schema`: missing required properties, wrong kinds.
    void check(const QJsonObject &raw, const QJsonValue &value, const QString &where, QStringList &problems) const
    {
        const QJsonObject schema = resolve(raw);
        if (value.isNull()) {
            if (!schema.value(QStringLiteral("nullable")).toBool())
                problems << where + QStringLiteral(": null");
            return;
        }
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("object")) {
            if (!value.isObject()) {
                problems << where + QStringLiteral(": not an object");
                return;
            }
            const QJsonObject o = value.toObject();
            for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(r.toString()))
                    problems << where + QLatin1Char('.') + r.toString() + QStringLiteral(": missing");
            }
            const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (props.contains(it.key()))
                    check(props.value(it.key()).toObject(), it.value(), where + QLatin1Char('.') + it.key(), problems);
                else if (!props.isEmpty())
                    problems << where + QLatin1Char('.') + it.key() + QStringLiteral(": not documented");
            }
        } else if (type == QLatin1String("array")) {
            if (!value.isArray()) {
                problems << where + QStringLiteral(": not an array");
                return;
            }
            for (const QJsonValue &item : value.toArray())
                check(schema.value(QStringLiteral("items")).toObject(), item, where + QStringLiteral("[]"), problems);
        } else if (type == QLatin1String("integer") && !value.isDouble()) {
            problems << where + QStringLiteral(": not a number");
        } else if (type == QLatin1String("string") && !value.isString()) {
            problems << where + QStringLiteral(": not a string");
        } else if (type == QLatin1String("boolean") && !value.isBool()) {
            problems << where + QStringLiteral(": not a boolean");
        }
    }

    QStringList problemsOf(const QString &path, const QString &method, int status, const QJsonObject &body) const
    {
        const QJsonObject op = m_doc.value(QStringLiteral("paths")).toObject().value(path).toObject().value(method).toObject();
        const QJsonObject schema = op.value(QStringLiteral("responses")).toObject().value(QString::number(status)).toObject()
                                       .value(QStringLiteral("content")).toObject().value(QStringLiteral("application/json"))
                                       .toObject().value(QStringLiteral("schema")).toObject();
        QStringList problems;
        if (schema.isEmpty())
            return {QStringLiteral("%1 %2 has no schema for %3").arg(method, path).arg(status)};
        check(schema, body, method + QLatin1Char(' ') + path, problems);
        return problems;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(CLUB_OPENAPI_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_doc = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_doc.value(QStringLiteral("paths")).toObject().isEmpty());
        f = std::make_unique<ServerFixture>();
        QVERIFY2(f->ok(), qPrintable(f->problem));
        f->attach(c);
        QVERIFY(c.login(QStringLiteral("admin"), QStringLiteral("admin-pass")));
    }

    void sameRoutesBothWays()
    {
        QSet<QString> documented, served;
        const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto m = ops.constBegin(); m != ops.constEnd(); ++m)
                documented.insert(m.key().toUpper() + QLatin1Char(' ') + p.key());
        }
        for (const auto &r : f->server->routes())
            served.insert(QString::fromLatin1(r.first) + QLatin1Char(' ') + r.second);
        QCOMPARE(QStringList(documented.values()).size(), documented.size());
        QVERIFY2(served == documented,
                 qPrintable(QStringLiteral("only served: %1; only documented: %2")
                                .arg(QStringList((served - documented).values()).join(QLatin1Char(',')),
                                     QStringList((documented - served).values()).join(QLatin1Char(',')))));
    }

    void realResponsesMatchTheSchemas()
    {
        QStringList problems;
        ApiReply r = c.get(QStringLiteral("/v1/health"), {.sign = false});
        problems << problemsOf(QStringLiteral("/v1/health"), QStringLiteral("get"), r.status, r.json);

        ApiClient other;
        f->attach(other);
        r = other.post(QStringLiteral("/v1/session"), {{QStringLiteral("username"), QStringLiteral("admin")},
                                                       {QStringLiteral("password"), QStringLiteral("admin-pass")}});
        problems << problemsOf(QStringLiteral("/v1/session"), QStringLiteral("post"), r.status, r.json);

        r = c.post(QStringLiteral("/v1/cards/identify"), {{QStringLiteral("cardNumber"), f->cardNumber},
                                                          {QStringLiteral("check"), QStringLiteral("valid")},
                                                          {QStringLiteral("source"), QStringLiteral("keyboard")}});
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/cards/identify"), QStringLiteral("post"), r.status, r.json);

        const QJsonArray lines{QJsonObject{{QStringLiteral("productCode"), QStringLiteral("P1")}, {QStringLiteral("qty"), 1}}};
        r = c.post(QStringLiteral("/v1/sales/quote"), {{QStringLiteral("cardNumber"), f->cardNumber}, {QStringLiteral("lines"), lines}});
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/sales/quote"), QStringLiteral("post"), r.status, r.json);

        r = c.post(QStringLiteral("/v1/sales"), {{QStringLiteral("idempotencyKey"), newKey()},
                                                 {QStringLiteral("cardNumber"), f->cardNumber},
                                                 {QStringLiteral("lines"), lines},
                                                 {QStringLiteral("pointsToRedeem"), 5}});
        QCOMPARE(r.status, 201);
        problems << problemsOf(QStringLiteral("/v1/sales"), QStringLiteral("post"), r.status, r.json);
        m_saleId = r.json.value(QStringLiteral("saleId")).toInteger();

        r = c.get(QStringLiteral("/v1/members/%1").arg(f->member.id));
        problems << problemsOf(QStringLiteral("/v1/members/{memberId}"), QStringLiteral("get"), r.status, r.json);
        r = c.get(QStringLiteral("/v1/members/%1/credit?from=2020-01-01T00:00:00Z").arg(f->member.id));
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/members/{memberId}/credit"), QStringLiteral("get"), r.status, r.json);
        r = c.get(QStringLiteral("/v1/credit/aging"));
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/credit/aging"), QStringLiteral("get"), r.status, r.json);
        r = c.get(QStringLiteral("/v1/sync/cards?after=0"));
        problems << problemsOf(QStringLiteral("/v1/sync/{entity}"), QStringLiteral("get"), r.status, r.json);
        // A desk's PIN (its hash) for the PIN card, and the sync entities of migration 0028.
        const QString hash = PasswordHasher::hash(QStringLiteral("2468"), PasswordHasher::Cost::Minimum);
        r = c.post(QStringLiteral("/v1/cards/pin"),
                   {{QStringLiteral("cardNumber"), f->pinCardNumber},
                    {QStringLiteral("pinHash"), hash},
                    {QStringLiteral("pinChangedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/cards/pin"), QStringLiteral("post"), r.status, r.json);
        r = c.get(QStringLiteral("/v1/sync/card-pins?after=0"));
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/sync/{entity}"), QStringLiteral("get"), r.status, r.json);
        r = c.get(QStringLiteral("/v1/sync/product-groups?after=0"));
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/sync/{entity}"), QStringLiteral("get"), r.status, r.json);
        // What a desk made (migration 0030): a card with the desk's number, a block, an unblock.
        const QString deskNumber = QStringLiteral("6280000099990001");
        r = c.post(QStringLiteral("/v1/cards"), {{QStringLiteral("idempotencyKey"), newKey()},
                                                 {QStringLiteral("cardNumber"), deskNumber},
                                                 {QStringLiteral("memberId"), f->pinMember.id},
                                                 {QStringLiteral("cardTypeCode"), QStringLiteral("Plain")}});
        QCOMPARE(r.status, 201);
        problems << problemsOf(QStringLiteral("/v1/cards"), QStringLiteral("post"), r.status, r.json);
        r = c.post(QStringLiteral("/v1/cards/block"), {{QStringLiteral("idempotencyKey"), newKey()},
                                                       {QStringLiteral("cardNumber"), f->blockedCardNumber},
                                                       {QStringLiteral("reason"), QStringLiteral("lost")}});
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/cards/block"), QStringLiteral("post"), r.status, r.json);
        r = c.post(QStringLiteral("/v1/cards/unblock"),
                   {{QStringLiteral("idempotencyKey"), newKey()}, {QStringLiteral("cardNumber"), deskNumber}});
        QCOMPARE(r.status, 200);
        problems << problemsOf(QStringLiteral("/v1/cards/unblock"), QStringLiteral("post"), r.status, r.json);
        r = c.get(QStringLiteral("/v1/members/0"));
        QCOMPARE(r.status, 404);
        QStringList errorProblems;
        check(QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Error")}}, r.json,
              QStringLiteral("error"), errorProblems);
        problems << errorProblems;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyDocumentedOperationAnswers()
    {
        QVERIFY(m_saleId > 0);
        const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
        QStringList wrong;
        QList<QPair<QByteArray, QString>> calls;
        for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
            QString path = p.key();
            path.replace(QStringLiteral("{memberId}"), QString::number(f->member.id))
                .replace(QStringLiteral("{saleId}"), QString::number(m_saleId))
                .replace(QStringLiteral("{entity}"), QStringLiteral("products"));
            for (const QString &m : p.value().toObject().keys())
                calls.append({m.toUpper().toLatin1(), path});
        }
        // Logging out last, so the other calls keep their session.
        std::stable_sort(calls.begin(), calls.end(), [](const auto &a, const auto &b) {
            return a.first != "DELETE" && b.first == "DELETE";
        });
        for (const auto &[method, path] : calls) {
            const ApiReply r = c.call(method, path, method == "POST" ? QByteArray("{}") : QByteArray());
            if (r.status == 0 || r.status == 404 || r.status == 405)
                wrong << QStringLiteral("%1 %2 -> %3").arg(QString::fromLatin1(method), path).arg(r.status);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_serveropenapi.moc"
