// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductDialog.h"

#include "Format.h"
#include "UiContext.h"
#include "catalog/CatalogService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Club::Ui {

namespace {
constexpr int kMaxPointsDigits = 9;

QString pointsText(Core::Points points)
{
    return points > 0 ? Format::number(points).remove(QLocale().groupSeparator()) : QString();
}
} // namespace

QString groupPath(const QList<Core::ProductGroup> &groups, Core::Id groupId)
{
    QStringList names;
    Core::Id id = groupId;
    // A depth bound guards against a cycle the service should never let happen.
    for (int depth = 0; id != Core::kNoId && depth < 64; ++depth) {
        auto it = std::find_if(groups.begin(), groups.end(), [id](const Core::ProductGroup &g) { return g.id == id; });
        if (it == groups.end())
            break;
        names.prepend(it->name);
        id = it->parentId;
    }
    //: Separates a product group from its parent group: "Drinks / Tea"
    return names.join(ProductDialog::tr(" / "));
}

ProductDialog::ProductDialog(UiContext &context, const Core::Product &product, const QList<Core::ProductGroup> &groups,
                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_product(product)
    , m_errors(new FieldErrors(this))
    , m_code(new QLineEdit(this))
    , m_barcode(new DigitLineEdit(this))
    , m_nameFa(new QLineEdit(this))
    , m_nameAr(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_unit(new QLineEdit(this))
    , m_points(new DigitLineEdit(this))
    //: Check box in the product dialog; a number of points follows it
    , m_isGift(new QCheckBox(tr("Offered as a &gift for"), this))
    , m_giftPoints(new DigitLineEdit(this))
    , m_active(new QCheckBox(tr("A&ctive"), this))
{
    setWindowTitle(isNew() ? tr("New Product") : tr("Edit Product"));
    m_code->setObjectName(QStringLiteral("code"));
    m_barcode->setObjectName(QStringLiteral("barcode"));
    m_nameFa->setObjectName(QStringLiteral("nameFa"));
    m_nameAr->setObjectName(QStringLiteral("nameAr"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameEn->setLayoutDirection(Qt::LeftToRight);
    m_group->setObjectName(QStringLiteral("group"));
    m_unit->setObjectName(QStringLiteral("unit"));
    //: Placeholder: the unit a product is sold in
    m_unit->setPlaceholderText(tr("piece, kg, box…"));
    m_points->setObjectName(QStringLiteral("points"));
    m_points->setMaxDigits(kMaxPointsDigits);
    m_isGift->setObjectName(QStringLiteral("isGift"));
    m_giftPoints->setObjectName(QStringLiteral("giftPoints"));
    m_giftPoints->setMaxDigits(kMaxPointsDigits);
    m_active->setObjectName(QStringLiteral("active"));

    //: No product group chosen
    m_group->addItem(tr("(none)"), QVariant::fromValue<qint64>(Core::kNoId));
    for (const Core::ProductGroup &g : groups)
        m_group->addItem(groupPath(groups, g.id), QVariant::fromValue<qint64>(g.id));

    auto *giftRow = new QWidget(this);
    auto *giftLayout = new QHBoxLayout(giftRow);
    giftLayout->setContentsMargins(0, 0, 0, 0);
    giftLayout->addWidget(m_isGift);
    giftLayout->addWidget(m_giftPoints, 1);
    //: After "Offered as a gift for [N]"
    giftLayout->addWidget(new QLabel(tr("points"), giftRow));
    connect(m_isGift, &QCheckBox::toggled, m_giftPoints, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("C&ode:"), m_code, QStringLiteral("code"));
    m_errors->addRow(form, tr("&Barcode:"), m_barcode, QStringLiteral("barcode"));
    m_errors->addRow(form, tr("Name in &Persian:"), m_nameFa, QStringLiteral("name"));
    m_errors->addRow(form, tr("Name in &Arabic:"), m_nameAr, QStringLiteral("nameAr"));
    m_errors->addRow(form, tr("Name in &English:"), m_nameEn, QStringLiteral("nameEn"));
    m_errors->addRow(form, tr("G&roup:"), m_group, QStringLiteral("group"));
    m_errors->addRow(form, tr("&Unit:"), m_unit, QStringLiteral("unit"));
    m_errors->addRow(form, tr("Points per &unit sold:"), m_points, QStringLiteral("defaultPoints"));
    m_errors->addRow(form, tr("Gift:"), giftRow, QStringLiteral("gift"));
    m_errors->alias(QStringLiteral("giftPoints"), QStringLiteral("gift"));
    form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    m_code->setText(product.code);
    m_barcode->setText(product.barcode);
    m_nameFa->setText(product.nameFa);
    m_nameAr->setText(product.nameAr);
    m_nameEn->setText(product.nameEn);
    m_group->setCurrentIndex(std::max(0, m_group->findData(QVariant::fromValue<qint64>(product.groupId))));
    m_unit->setText(product.unit);
    m_points->setText(pointsText(product.defaultPoints));
    m_isGift->setChecked(product.isGift);
    m_giftPoints->setText(pointsText(product.giftPoints));
    m_giftPoints->setEnabled(product.isGift);
    m_active->setChecked(product.active);
    m_code->setFocus();
}

std::optional<Core::Product> ProductDialog::createProduct(UiContext &context, const QList<Core::ProductGroup> &groups,
                                                          Core::Id groupId, QWidget *parent)
{
    Core::Product draft;
    draft.groupId = groupId;
    ProductDialog dialog(context, draft, groups, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedProduct();
}

std::optional<Core::Product> ProductDialog::editProduct(UiContext &context, const Core::Product &product,
                                                        const QList<Core::ProductGroup> &groups, QWidget *parent)
{
    ProductDialog dialog(context, product, groups, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedProduct();
}

Core::Product ProductDialog::draft() const
{
    Core::Product p = m_product;
    p.code = m_code->text().trimmed();
    p.barcode = m_barcode->latinText();
    p.nameFa = m_nameFa->text().trimmed();
    p.nameAr = m_nameAr->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.groupId = m_group->currentData().toLongLong();
    p.unit = m_unit->text().trimmed();
    p.defaultPoints = m_points->latinText().toLongLong();
    p.isGift = m_isGift->isChecked();
    p.giftPoints = p.isGift ? m_giftPoints->latinText().toLongLong() : 0;
    p.active = m_active->isChecked();
    return p;
}

bool ProductDialog::save()
{
    m_errors->clear();
    Core::Product p = draft();
    if (isNew()) {
        Core::Result<Core::Product> created = m_context.catalog().createProduct(m_context.actor(), p);
        if (!created) {
            m_errors->report(created.error());
            return false;
        }
        m_saved = *created;
    } else {
        if (Core::Status s = m_context.catalog().updateProduct(m_context.actor(), p); !s) {
            m_errors->report(s.error());
            return false;
        }
        m_saved = p;
    }
    accept();
    return true;
}

} // namespace Club::Ui
