// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleTryPanel.h"

#include "Format.h"
#include "RuleText.h"
#include "UiContext.h"
#include "cards/CardService.h"
#include "catalog/CatalogService.h"
#include "models/Labels.h"
#include "rules/RuleEngine.h"
#include "rules/RuleService.h"
#include "sales/SalesService.h"
#include "widgets/DigitLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include <limits>

namespace Club::Ui {

using namespace Core;

namespace {
// The preview's member exists nowhere: it only lets member rules (tiers, bonuses) apply.
constexpr Id kImaginedMember = std::numeric_limits<Id>::max();
} // namespace

RuleTryPanel::RuleTryPanel(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Try It"), parent)
    , m_context(context)
    , m_product(new QComboBox(this))
    , m_amount(new DigitLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_cardType(new QComboBox(this))
    , m_birthday(new QCheckBox(tr("Today is the member's &birthday"), this))
    , m_try(new QPushButton(tr("T&ry"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("tryPanel"));
    m_product->setObjectName(QStringLiteral("tryProduct"));
    m_amount->setObjectName(QStringLiteral("tryAmount"));
    m_tier->setObjectName(QStringLiteral("tryTier"));
    m_cardType->setObjectName(QStringLiteral("tryCardType"));
    m_birthday->setObjectName(QStringLiteral("tryBirthday"));
    m_try->setObjectName(QStringLiteral("tryIt"));
    m_result->setObjectName(QStringLiteral("tryResult"));
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumWidth(240);

    //: No tier: the preview's member has none
    m_tier->addItem(tr("None", "tier"), QString());
    for (const QString &key : {QStringLiteral("white"), QStringLiteral("bronze"), QStringLiteral("silver"),
                               QStringLiteral("gold"), QStringLiteral("platinum")})
        m_tier->addItem(Labels::tier(key), key);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Amount paid:"), m_amount);
    form->addRow(tr("Member's &tier:"), m_tier);
    form->addRow(tr("&Card type:"), m_cardType);
    form->addRow(QString(), m_birthday);
    form->addRow(QString(), m_try);
    form->addRow(m_result);
    connect(m_try, &QPushButton::clicked, this, &RuleTryPanel::tryIt);
    connect(m_amount, &QLineEdit::returnPressed, this, &RuleTryPanel::tryIt);
    m_result->setText(tr("For a member with no purchases yet, through the rules in force now. Nothing is saved."));
    reload();
}

void RuleTryPanel::reload()
{
    const Actor &actor = m_context.actor();
    const QVariant product = m_product->currentData();
    const QVariant cardType = m_cardType->currentData();
    m_product->clear();
    if (Result<QList<Product>> products = m_context.catalog().products(actor); products) {
        for (const Product &p : std::as_const(*products))
            m_product->addItem(p.displayName(), QVariant::fromValue<qint64>(p.id));
    }
    m_cardType->clear();
    //: No card presented in the preview
    m_cardType->addItem(tr("None", "card type"), QVariant::fromValue<qint64>(kNoId));
    if (Result<QList<CardType>> types = m_context.cards().cardTypes(actor); types) {
        for (const CardType &t : std::as_const(*types))
            m_cardType->addItem(t.name, QVariant::fromValue<qint64>(t.id));
    }
    m_product->setCurrentIndex(std::max(0, m_product->findData(product)));
    m_cardType->setCurrentIndex(std::max(0, m_cardType->findData(cardType)));
}

QString RuleTryPanel::resultText() const
{
    return m_result->text();
}

void RuleTryPanel::tryIt()
{
    const Actor &actor = m_context.actor();
    if (m_product->currentIndex() < 0) {
        m_result->setText(tr("Add a product to the catalog first."));
        return;
    }
    const QString digits = m_amount->latinText();
    if (digits.isEmpty() || digits.size() > 15) {
        m_result->setText(tr("Enter the amount paid."));
        m_amount->setFocus();
        return;
    }
    const Id productId = m_product->currentData().toLongLong();
    Result<Product> product = m_context.catalog().product(actor, productId);
    Result<QList<ProductGroup>> groups = m_context.catalog().groups(actor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<QList<Rule>> rules = m_context.rules().activeRules(actor, now);
    for (const Error *e : {product ? nullptr : &product.error(), groups ? nullptr : &groups.error(),
                           rules ? nullptr : &rules.error()}) {
        if (e) {
            m_result->setText(e->message);
            return;
        }
    }
    QHash<Id, Id> parentOf;
    for (const ProductGroup &g : std::as_const(*groups))
        parentOf.insert(g.id, g.parentId);
    BasketLine line;
    line.productId = productId;
    for (Id g = product->groupId; g != kNoId && !line.groupPath.contains(g); g = parentOf.value(g, kNoId))
        line.groupPath.append(g);
    line.unitPrice = digits.toLongLong();

    const SalesSettings &settings = m_context.sales().settings();
    RuleContext ctx;
    ctx.memberId = kImaginedMember;
    ctx.firstPurchase = true;
    ctx.tier = m_tier->currentData().toString();
    ctx.cardTypeId = m_cardType->currentData().toLongLong();
    ctx.nowUtc = now;
    ctx.zone = settings.zone;
    ctx.calendar = settings.calendar;
    // The preview shows points and discounts, not when the points become available or expire.
    if (m_birthday->isChecked())
        ctx.birthDate = now.toTimeZone(settings.zone).date().addYears(-30);
    ctx.signupDate = now.toTimeZone(settings.zone).date();

    // As at the desk: discounts first, then points on what is left, all paid in money.
    const Quote first = RuleEngine::evaluate({line}, Tender{}, ctx, *rules);
    Tender tender;
    tender.paid = first.net;
    const Quote q = RuleEngine::evaluate({line}, tender, ctx, *rules);

    QHash<Id, QString> names;
    for (const Rule &r : std::as_const(*rules))
        names.insert(r.id, r.name);
    QStringList lines;
    lines << tr("Discount: %1").arg(Format::money(q.discount)) << tr("To pay: %1").arg(Format::money(q.net))
          << tr("Points: %1").arg(Format::number(q.totalPoints));
    auto capText = [](RuleHit::Cap cap) {
        switch (cap) {
        case RuleHit::Cap::Day:
            return tr(" (cut by the daily limit)");
        case RuleHit::Cap::Member:
            return tr(" (cut by the limit per member)");
        case RuleHit::Cap::None:
            break;
        }
        return QString();
    };
    for (const QuoteLine &l : q.lines) {
        for (const RuleHit &hit : l.why) {
            //: One reason in the preview: %1 rule name, %2 what it did, %3 discount, %4 points
            lines << QString(tr("• %1: %2, discount %3, points %4")
                                     .arg(names.value(hit.ruleId), RuleText::reason(hit.reason),
                                          Format::money(hit.discount), Format::number(hit.points)) +
                                 capText(hit.cap));
        }
    }
    for (const BonusHit &b : q.bonuses) {
        //: One bonus in the preview: %1 rule name, %2 what it is, %3 points
        lines << QString(tr("• %1: %2, points %3")
                             .arg(names.value(b.ruleId), RuleText::reason(b.reason), Format::number(b.points)) +
                         capText(b.cap));
    }
    if (q.lines.value(0).why.isEmpty() && q.bonuses.isEmpty())
        lines << tr("No rule applies.");
    m_result->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Club::Ui
