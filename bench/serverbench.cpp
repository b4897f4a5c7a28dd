// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// serverbench: sustained commit-sale throughput of a running clubserver with 1, 4, 16...
// concurrent terminals, with p50/p99 latency. Loads a small club into the server's database
// through the core services first. Prints figures; it asserts nothing. Normally started by
// bench/run-server-bench.sh, which brings up PostgreSQL and clubserver and runs pgbench
// beside it (README "Performance").
#include "BenchClub.h"

#include "storage/SqlQuery.h"
#include "sync/RequestSigning.h"
#include "sync/ServerClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Club;
using namespace Club::Core;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "serverbench: " << message << '\n';
    return 1;
}

struct Terminal
{
    QString id;
    QByteArray secret; // raw 32 bytes
};

struct LevelResult
{
    int clients = 0;
    qint64 sales = 0;  // 2xx answers inside the measured window
    qint64 errors = 0; // anything else (kept apart, never counted as sales)
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    QMap<QString, int> errorCodes;

    double rate() const { return seconds > 0 ? double(sales) / seconds : 0; }
};

// Nearest-rank percentile of sorted nanoseconds, in milliseconds.
double percentileMs(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(sorted.size()))), 1, sorted.size());
    return double(sorted.at(rank - 1)) / 1e6;
}

// The terminals of the run: one ServerClient each (its own connection, signing key and
// operator session, as a desk has), made and signed in once and reused by every level.
class Desks
{
public:
    // Desk i talks to urls[i % n]: several clubserver processes on one database, as behind a
    // load balancer that keeps each desk on one of them.
    Desks(const QList<Terminal> &terminals, const QList<QUrl> &urls, int count)
    {
        for (int i = 0; i < count; ++i) {
            auto c = std::make_unique<ServerClient>();
            ServerConfig config;
            config.url = urls.at(i % urls.size());
            const Terminal &t = terminals.at(i % terminals.size());
            config.terminalId = t.id;
            config.secret = t.secret;
            config.timeoutMs = 60'000;
            c->setConfig(config);
            m_clients.push_back(std::move(c));
        }
    }

    // Signs the cashier in at every desk (a password check each, so only once per run).
    Status logIn(const Bench::ClubData &club)
    {
        for (const auto &c : m_clients) {
            Result<RemoteSession> s = c->login(club.cashier, club.cashierPassword);
            if (!s)
                return s.error();
        }
        return {};
    }

    ServerClient &at(size_t i) { return *m_clients.at(i); }

private:
    std::vector<std::unique_ptr<ServerClient>> m_clients;
};

// One level: the first `clients` desks in one event loop, each a closed loop (the next sale
// is sent when the last one is answered), as many cashiers each ringing up sale after sale.
// A warm-up first (not counted), then the measured window, then the sales in flight drain.
class Level : public QObject
{
public:
    enum class Phase { WarmUp, Measure, Drain };

    Level(const Bench::ClubData &club, Desks &desks, int clients, quint32 seed)
        : m_club(club)
        , m_desks(desks)
        , m_clients(clients)
        , m_rng(seed)
    {
        m_result.clients = clients;
    }

    // One sale first, alone, so a set-up mistake is one clear message, not thousands.
    Status probe()
    {
        const ServerAnswer a = m_desks.at(0).call("POST", QStringLiteral("/v1/sales"), saleBody());
        if (!a.ok())
            return ServerClient::errorFor(a);
        ++m_acknowledged;
        return {};
    }

    LevelResult run(int warmUpSecs, int measureSecs)
    {
        QEventLoop loop;
        m_loop = &loop;
        QElapsedTimer window;
        m_phase = Phase::WarmUp;
        QTimer::singleShot(warmUpSecs * 1000, this, [&] {
            m_phase = Phase::Measure;
            window.start();
            QTimer::singleShot(measureSecs * 1000, this, [&] {
                m_result.seconds = double(window.nsecsElapsed()) / 1e9;
                m_phase = Phase::Drain;
            });
        });
        for (int i = 0; i < m_clients; ++i)
            next(i);
        loop.exec();
        m_loop = nullptr;
        std::sort(m_latencies.begin(), m_latencies.end());
        m_result.p50Ms = percentileMs(m_latencies, 0.50);
        m_result.p99Ms = percentileMs(m_latencies, 0.99);
        return m_result;
    }

    // Every 2xx answer of this level, warm-up and probe included: each is a sale on the server.
    qint64 acknowledged() const { return m_acknowledged; }

private:
    // A basket of 1 to 3 products for a random member's card; every fifth sale also pays
    // with 10 points, so the ledger's spend path is in the mix as at a real counter.
    QJsonObject saleBody()
    {
        QJsonArray lines;
        const int n = int(m_rng.bounded(1, 4));
        for (int i = 0; i < n; ++i)
            lines.append(QJsonObject{
                {QStringLiteral("productCode"), m_club.productCodes.at(m_rng.bounded(m_club.productCodes.size()))},
                {QStringLiteral("qty"), qint64(m_rng.bounded(1, 4))}});
        QJsonObject body{{QStringLiteral("idempotencyKey"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {QStringLiteral("cardNumber"), m_club.cardNumbers.at(m_rng.bounded(m_club.cardNumbers.size()))},
                         {QStringLiteral("lines"), lines}};
        if (++m_made % 5 == 0)
            body.insert(QStringLiteral("pointsToRedeem"), 10);
        return body;
    }

    void next(int client)
    {
        if (m_phase == Phase::Drain) {
            if (++m_idle == m_clients && m_loop)
                m_loop->quit();
            return;
        }
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        m_desks.at(size_t(client)).send("POST", QStringLiteral("/v1/sales"), saleBody(),
                                        [this, client, started](const ServerAnswer &a) {
                                            const qint64 ns = started->nsecsElapsed();
                                            if (a.ok())
                                                ++m_acknowledged;
                                            // Answered after the window closed: not counted.
                                            if (m_phase == Phase::Measure) {
                                                if (a.ok()) {
                                                    ++m_result.sales;
                                                    m_latencies.append(ns);
                                                } else {
                                                    ++m_result.errors;
                                                    ++m_result.errorCodes[a.code.isEmpty() ? QString::number(a.status)
                                                                                           : a.code];
                                                }
                                            }
                                            next(client);
                                        });
    }

    const Bench::ClubData &m_club;
    Desks &m_desks;
    const int m_clients;
    QRandomGenerator m_rng;
    Phase m_phase = Phase::WarmUp;
    QEventLoop *m_loop = nullptr;
    QList<qint64> m_latencies;
    LevelResult m_result;
    qint64 m_made = 0;
    qint64 m_acknowledged = 0;
    int m_idle = 0;
};

// "terminal_id secret" per line, as clubserver --create-terminal printed them.
Result<QList<Terminal>> readTerminals(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::make(Error::Code::NotFound, QStringLiteral("cannot read %1").arg(path));
    QList<Terminal> terminals;
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
        if (parts.size() != 2)
            continue;
        const std::optional<QByteArray> secret = RequestSigning::fromBase64Url(parts.at(1));
        if (!secret || secret->size() != RequestSigning::kSecretSize)
            return Error::make(Error::Code::Invalid, QStringLiteral("bad secret in %1").arg(path));
        terminals.append({QString::fromLatin1(parts.at(0)), *secret});
    }
    if (terminals.isEmpty())
        return Error::make(Error::Code::Invalid, QStringLiteral("no terminals in %1").arg(path));
    return terminals;
}

QString firstLine(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("serverbench"));
    // The client logs each answer; at thousands a second that would be the benchmark.
    QLoggingCategory::setFilterRules(QStringLiteral("club.*.debug=false\nclub.*.info=false"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Commit-sale throughput of a running clubserver (see README "
                                               "\"Performance\"; normally run by bench/run-server-bench.sh)."));
    p.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("The server, e.g. http://127.0.0.1:8443; several separated by commas "
                                                "share the terminals out between them."),
                                 QStringLiteral("URLS"));
    const QCommandLineOption terminals(QStringLiteral("terminals"),
                                       QStringLiteral("File of \"terminal_id secret\" lines."), QStringLiteral("FILE"));
    const QCommandLineOption dbHost(QStringLiteral("db-host"), QStringLiteral("PostgreSQL host."),
                                    QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption dbPort(QStringLiteral("db-port"), QStringLiteral("PostgreSQL port."),
                                    QStringLiteral("PORT"), QStringLiteral("5432"));
    const QCommandLineOption dbName(QStringLiteral("db-name"), QStringLiteral("Database."), QStringLiteral("NAME"),
                                    QStringLiteral("club"));
    const QCommandLineOption dbUser(QStringLiteral("db-user"), QStringLiteral("Database user."),
                                    QStringLiteral("USER"), QStringLiteral("postgres"));
    const QCommandLineOption adminPassword(QStringLiteral("admin-password-file"),
                                           QStringLiteral("The store administrator's password (first line)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Concurrency levels."),
                                     QStringLiteral("LIST"), QStringLiteral("1,4,16"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured seconds per level."),
                                     QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption warmUp(QStringLiteral("warmup"), QStringLiteral("Warm-up seconds per level."),
                                    QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption members(QStringLiteral("members"), QStringLiteral("Members (each with a card)."),
                                     QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption products(QStringLiteral("products"), QStringLiteral("Products."), QStringLiteral("N"),
                                      QStringLiteral("40"));
    const QCommandLineOption results(QStringLiteral("results"),
                                     QStringLiteral("Also write \"clients sales/s p50 p99 errors\" lines here."),
                                     QStringLiteral("FILE"));
    p.addOptions({url, terminals, dbHost, dbPort, dbName, dbUser, adminPassword, clients, seconds, warmUp, members,
                  products, results});
    p.process(app);

    if (!p.isSet(url) || !p.isSet(terminals) || !p.isSet(adminPassword))
        return fail(QStringLiteral("--url, --terminals and --admin-password-file are needed."));
    Result<QList<Terminal>> terms = readTerminals(p.value(terminals));
    if (!terms)
        return fail(terms.error().message);
    QList<int> levels;
    for (const QString &l : p.value(clients).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = l.toInt();
        if (n < 1 || n > 256)
            return fail(QStringLiteral("--clients takes 1 to 256 per level."));
        levels.append(n);
    }
    if (levels.isEmpty())
        return fail(QStringLiteral("--clients needs at least one level."));
    const int measureSecs = std::max(1, p.value(seconds).toInt());
    const int warmUpSecs = std::max(0, p.value(warmUp).toInt());

    Database db;
    Database::Config dbc;
    dbc.engine = Database::Engine::PostgreSQL;
    dbc.host = p.value(dbHost);
    dbc.port = p.value(dbPort).toInt();
    dbc.name = p.value(dbName);
    dbc.user = p.value(dbUser);
    if (Status s = db.open(dbc); !s)
        return fail(s.error().message + QLatin1Char(' ') + s.error().detail);

    Bench::ClubSize size;
    size.members = std::max(1, p.value(members).toInt());
    size.products = std::max(1, p.value(products).toInt());
    QElapsedTimer loading;
    loading.start();
    Result<Bench::ClubData> club = Bench::loadClub(db, firstLine(p.value(adminPassword)), size);
    if (!club)
        return fail(QStringLiteral("loading the club: ") + club.error().message + QLatin1Char(' ') + club.error().detail);
    out() << "Loaded " << size.members << " members with cards and points, " << size.products
          << " products, in " << QString::number(double(loading.elapsed()) / 1000, 'f', 1) << " s." << Qt::endl;
    out() << "commit-sale (POST /v1/sales, signed; 1-3 lines, every fifth pays 10 points), " << measureSecs
          << " s per level after " << warmUpSecs << " s warm-up:" << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(QStringLiteral("clients"), 8)
                 .arg(QStringLiteral("sales"), 8)
                 .arg(QStringLiteral("sales/s"), 9)
                 .arg(QStringLiteral("p50 ms"), 8)
                 .arg(QStringLiteral("p99 ms"), 8)
          << "  errors" << Qt::endl;

    QFile resultsFile(p.value(results));
    if (p.isSet(results) && !resultsFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1").arg(p.value(results)));
    QList<QUrl> urls;
    for (const QString &u : p.value(url).split(QLatin1Char(','), Qt::SkipEmptyParts))
        urls.append(QUrl(u));
    if (urls.isEmpty())
        return fail(QStringLiteral("--url needs a server."));
    Desks desks(*terms, urls, *std::max_element(levels.cbegin(), levels.cend()));
    if (Status s = desks.logIn(*club); !s)
        return fail(QStringLiteral("cashier login: ") + s.error().message + QLatin1Char(' ') + s.error().detail);
    qint64 acknowledged = 0;
    for (int n : std::as_const(levels)) {
        Level level(*club, desks, n, quint32(1403 + n));
        if (Status s = level.probe(); !s)
            return fail(QStringLiteral("first sale: ") + s.error().message + QLatin1Char(' ') + s.error().detail);
        const LevelResult r = level.run(warmUpSecs, measureSecs);
        acknowledged += level.acknowledged();
        QString codes;
        for (auto it = r.errorCodes.cbegin(); it != r.errorCodes.cend(); ++it)
            codes += QStringLiteral(" %1×%2").arg(it.key()).arg(it.value());
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(r.clients, 8)
                     .arg(r.sales, 8)
                     .arg(r.rate(), 9, 'f', 1)
                     .arg(r.p50Ms, 8, 'f', 2)
                     .arg(r.p99Ms, 8, 'f', 2)
                     .arg(r.errors, 7)
              << codes << Qt::endl;
        if (resultsFile.isOpen())
            resultsFile.write(QStringLiteral("%1 %2 %3 %4 %5\n")
                                  .arg(r.clients)
                                  .arg(r.rate(), 0, 'f', 1)
                                  .arg(r.p50Ms, 0, 'f', 2)
                                  .arg(r.p99Ms, 0, 'f', 2)
                                  .arg(r.errors)
                                  .toUtf8());
    }

    // Every acknowledged sale is in the database exactly once (a benchmark that lost or
    // doubled sales under load would be measuring the wrong thing).
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM sales"));
    const Result<QVariant> stored = q.scalar();
    if (!stored)
        return fail(stored.error().message);
    out() << "Sales acknowledged " << acknowledged << ", sales stored " << stored->toLongLong()
          << (stored->toLongLong() == acknowledged ? " (equal)." : " (DIFFERENT!).") << Qt::endl;
    return stored->toLongLong() == acknowledged ? 0 : 2;
}
