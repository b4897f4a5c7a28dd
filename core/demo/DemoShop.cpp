// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoShop.h"

#include "DemoDice.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace Club::Core::Demo {

namespace {

struct ProductGroupSpec
{
    const char16_t *name;
    int parent; // index of an earlier group, -1 for a top-level one
};

// Persian names: the demo store is an Iranian shop first.
constexpr ProductGroupSpec kGroups[] = {
    {u"مواد غذایی", -1}, {u"نوشیدنی", 0}, {u"تنقلات", 0}, {u"خواربار", 0}, {u"بهداشتی", -1}, {u"هدایای باشگاه", -1},
};

struct ProductSpec
{
    int group;
    const char16_t *fa;
    const char16_t *ar;
    const char16_t *en;
    Money price;  // rials at the opening
    Points gift;  // > 0: a gift for this many points
};

constexpr ProductSpec kProducts[] = {
    {1, u"چای سیاه ۵۰۰ گرمی", u"شاي أسود ٥٠٠ غرام", u"Black tea 500 g", 1'850'000, 0},
    {1, u"چای سبز", u"شاي أخضر", u"Green tea", 1'200'000, 0},
    {1, u"قهوه ترک", u"قهوة تركية", u"Turkish coffee", 2'400'000, 0},
    {1, u"آب معدنی ۱/۵ لیتری", u"مياه معدنية ١٫٥ لتر", u"Mineral water 1.5 l", 120'000, 0},
    {1, u"دوغ", u"لبن عيران", u"Doogh", 180'000, 0},
    {1, u"آبمیوه پرتقال", u"عصير برتقال", u"Orange juice", 450'000, 0},
    {1, u"نوشابه", u"مشروب غازي", u"Soft drink", 250'000, 0},
    {2, u"پسته اکبری", u"فستق أكبري", u"Akbari pistachios", 6'500'000, 0},
    {2, u"بادام", u"لوز", u"Almonds", 5'200'000, 0},
    {2, u"کشمش", u"زبيب", u"Raisins", 1'100'000, 0},
    {2, u"گز اصفهان", u"حلوى الغز", u"Isfahan gaz", 2'900'000, 0},
    {2, u"سوهان قم", u"سوهان قم", u"Qom sohan", 1'600'000, 0},
    {2, u"بیسکویت", u"بسكويت", u"Biscuits", 300'000, 0},
    {2, u"شکلات تلخ", u"شوكولاتة داكنة", u"Dark chocolate", 900'000, 0},
    {3, u"برنج هاشمی ۱۰ کیلویی", u"أرز هاشمي ١٠ كغ", u"Hashemi rice 10 kg", 14'500'000, 0},
    {3, u"روغن آفتابگردان", u"زيت دوار الشمس", u"Sunflower oil", 1'750'000, 0},
    {3, u"زعفران یک مثقالی", u"زعفران مثقال", u"Saffron 4.6 g", 8'800'000, 0},
    {3, u"عدس", u"عدس", u"Lentils", 950'000, 0},
    {3, u"رب گوجه", u"معجون طماطم", u"Tomato paste", 700'000, 0},
    {3, u"ماکارونی", u"معكرونة", u"Pasta", 420'000, 0},
    {3, u"خرما مضافتی", u"تمر مضافتي", u"Mazafati dates", 1'300'000, 0},
    {4, u"شامپو", u"شامبو", u"Shampoo", 1'450'000, 0},
    {4, u"صابون", u"صابون", u"Soap", 280'000, 0},
    {4, u"خمیر دندان", u"معجون أسنان", u"Toothpaste", 650'000, 0},
    {4, u"دستمال کاغذی", u"مناديل ورقية", u"Tissues", 380'000, 0},
    {4, u"مایع ظرفشویی", u"سائل غسيل الصحون", u"Dish soap", 560'000, 0},
    {5, u"لیوان باشگاه", u"كوب النادي", u"Club mug", 0, 1'500},
    {5, u"کیف پارچه‌ای", u"حقيبة قماش", u"Tote bag", 0, 2'500},
    {5, u"چتر", u"مظلة", u"Umbrella", 0, 6'000},
    {5, u"بسته چای هدیه", u"علبة شاي هدية", u"Tea gift box", 0, 9'000},
};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

} // namespace

Result<SalesDone> playSales(Database &db, const Actor &actor, ManualClock &clock, LedgerService &ledger,
                            MemberService &members, CardService &cards, quint32 seed, const Shop &shop,
                            const QList<Customer> &customers, const QDateTime &start, const QDateTime &end,
                            int perMonth)
{
    Dice dice(seed, 0x5a1eu, 0);
    CatalogService catalog(db, clock);
    InventoryService inventory(db, clock);
    RuleService rules(db, clock);
    SalesService sales(db, ledger, members, cards, catalog, inventory, rules, clock);
    SalesDone done;
    if (shop.productIds.isEmpty())
        return done;

    clock.set(start);
    {
        Transaction tx(db);
        if (!tx.ok())
            return tx.error();
        Rule earn;
        earn.name = QCoreApplication::translate("DemoDataGenerator", "1 point per 10,000 rials");
        earn.family = RuleFamily::Earn;
        earn.earnKind = EarnKind::PerAmount;
        earn.points = 1;
        earn.perAmount = 10'000;
        Rule discount;
        discount.name = QCoreApplication::translate("DemoDataGenerator", "10% off snacks");
        discount.family = RuleFamily::Discount;
        discount.discountTarget = DiscountTarget::Group;
        discount.discountMode = DiscountMode::Percent;
        discount.groupId = shop.discountGroupId;
        discount.basisPoints = 1000;
        Rule birthday;
        birthday.name = QCoreApplication::translate("DemoDataGenerator", "Birthday bonus");
        birthday.family = RuleFamily::Earn;
        birthday.earnKind = EarnKind::Birthday;
        birthday.points = 200;
        for (const Rule &r : {earn, discount, birthday}) {
            if (r.family == RuleFamily::Discount && r.groupId == kNoId)
                continue;
            if (Result<Rule> made = rules.create(actor, r); !made)
                return made.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }

    const qint64 seconds = std::max<qint64>(1, start.secsTo(end));
    const int months = int(std::max<qint64>(1, start.daysTo(end) / 30));
    const int total = perMonth * months;
    QList<QDateTime> times;
    for (int i = 0; i < total; ++i)
        times << start.addSecs(dice.between64(3600, seconds - 3 * 86400));
    std::sort(times.begin(), times.end());

    QDateTime nextRestock = start;
    for (int i = 0; i < total; ++i) {
        const QDateTime at = times.at(i);
        clock.set(at);
        if (at >= nextRestock) {
            for (auto it = shop.restockTo.cbegin(); it != shop.restockTo.cend(); ++it) {
                Result<qint64> level = inventory.level(actor, it.key(), shop.warehouseId);
                if (!level)
                    return level.error();
                if (*level * 2 >= it.value())
                    continue;
                StockMovement m;
                m.productId = it.key();
                m.warehouseId = shop.warehouseId;
                m.kind = MovementKind::Receipt;
                m.qty = it.value() - *level;
                m.reference = QStringLiteral("PO-%1-%2").arg(at.toString(QStringLiteral("yyMMdd"))).arg(it.key());
                if (Result<Id> r = inventory.record(actor, m); !r)
                    return r.error();
            }
            nextRestock = at.addDays(30);
        }

        QList<Id> eligible;
        for (const Customer &c : customers) {
            if (c.since < at)
                eligible << c.memberId;
        }
        QuoteRequest request;
        // About one sale in six is to a walk-in customer without a card.
        if (!eligible.isEmpty() && !dice.chance(170))
            request.memberId = dice.pick(eligible);
        QList<Id> chosen;
        for (int n = dice.between(1, 4); n > 0; --n) {
            const Id product = dice.pick(shop.productIds);
            if (chosen.contains(product))
                continue;
            chosen << product;
            request.lines << SaleRequestLine{product, dice.between(1, 3), 0};
        }
        Result<Sale> sale = sales.commit(actor, request, QStringLiteral("demo:%1:sale:%2").arg(seed).arg(i));
        if (!sale)
            return sale.error();
        ++done.sales;

        // One sale in twenty comes back in part a day or two later, inside the return window.
        if (dice.chance(50) && !sale->lines.isEmpty()) {
            const SaleLine &line = sale->lines.first();
            clock.set(at.addSecs(dice.between(3600, 2 * 86400)));
            Result<SaleReturn> back = sales.returnSale(actor, sale->id, {ReturnRequestLine{line.id, 1}},
                                                       QStringLiteral("demo:%1:return:%2").arg(seed).arg(i));
            if (!back)
                return back.error();
            ++done.returns;
        }
    }
    clock.set(end);
    return done;
}

int ean13CheckDigit(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += twelve.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

Result<Shop> openShop(Database &db, const Actor &actor, ManualClock &clock, quint32 seed, const QDateTime &start,
                      const QDateTime &end)
{
    Dice dice(seed, 0x5307u, 0);
    CatalogService catalog(db, clock);
    InventoryService inventory(db, clock);
    clock.set(start);
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();

    QList<Id> groupIds;
    for (const ProductGroupSpec &g : kGroups) {
        Result<ProductGroup> made =
            catalog.createGroup(actor, text(g.name), g.parent < 0 ? kNoId : groupIds.at(g.parent));
        if (!made)
            return made.error();
        groupIds << made->id;
    }

    // The wizard made the branch's warehouse; an older store may not have one.
    Result<QList<Warehouse>> warehouses = inventory.warehouses(actor, actor.branchId);
    if (!warehouses)
        return warehouses.error();
    Shop shop;
    if (!warehouses->isEmpty()) {
        shop.warehouseId = warehouses->first().id;
    } else {
        Result<Warehouse> w =
            inventory.createWarehouse(actor, actor.branchId, QCoreApplication::translate("DemoDataGenerator", "Main warehouse"));
        if (!w)
            return w.error();
        shop.warehouseId = w->id;
    }

    const qint64 span = std::max<qint64>(2, start.daysTo(end));
    int index = 0;
    for (const ProductSpec &spec : kProducts) {
        ++index;
        Product p;
        p.code = QString::number(1000 + index);
        // 626 is Iran's GS1 prefix; the rest is the demo maker and the product number.
        const QString twelve = QStringLiteral("6260999%1").arg(index, 5, 10, QLatin1Char('0'));
        p.barcode = twelve + QString::number(ean13CheckDigit(twelve));
        p.nameFa = text(spec.fa);
        p.nameAr = text(spec.ar);
        p.nameEn = text(spec.en);
        p.groupId = groupIds.at(spec.group);
        p.isGift = spec.gift > 0;
        p.giftPoints = spec.gift;
        Result<Product> made = catalog.createProduct(actor, p);
        if (!made)
            return made.error();
        (p.isGift ? shop.giftIds : shop.productIds) << made->id;
        if (spec.group == 2 && shop.discountGroupId == kNoId)
            shop.discountGroupId = p.groupId;

        if (!p.isGift) {
            if (Status s = catalog.setPrice(actor, made->id, kNoId, spec.price, start); !s)
                return s.error();
            // One or two rises later on (prices in Iran mostly go up), rounded to 1,000 rials.
            Money price = spec.price;
            const int changes = dice.between(1, 2);
            for (int c = 1; c <= changes; ++c) {
                price = (price * (100 + dice.between(5, 25)) / 100) / 1000 * 1000;
                const QDateTime from = start.addDays(span * c / (changes + 1) + dice.between(-5, 5));
                if (Status s = catalog.setPrice(actor, made->id, kNoId, price, from); !s)
                    return s.error();
            }
        }

        // Opening stock from the supplier, and a minimum a little under it or, for a
        // couple of products, above it so the store opens with something to reorder.
        StockMovement receipt;
        receipt.productId = made->id;
        receipt.warehouseId = shop.warehouseId;
        receipt.kind = MovementKind::Receipt;
        receipt.qty = p.isGift ? dice.between(5, 15) : dice.between(40, 200);
        receipt.reference = QStringLiteral("PO-%1").arg(index, 4, 10, QLatin1Char('0'));
        if (Result<Id> r = inventory.record(actor, receipt); !r)
            return r.error();
        const qint64 minimum = index % 11 == 3 ? receipt.qty + dice.between(5, 20) : receipt.qty / 5;
        if (Status s = inventory.setThreshold(actor, made->id, shop.warehouseId, minimum); !s)
            return s.error();
        if (!p.isGift && minimum < receipt.qty)
            shop.restockTo.insert(made->id, receipt.qty);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return shop;
}

} // namespace Club::Core::Demo
