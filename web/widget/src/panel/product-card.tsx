/** A product: image, price and stock by size (sold-out sizes marked, not hidden). */
import { useContext } from 'preact/hooks';
import type { MessagePart } from '../../../../src/domain/conversation.ts';
import { money } from './format.ts';
import { UiContext } from './ui-context.ts';

type ProductPart = Extract<MessagePart, { kind: 'product' }>;

const safeImage = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? url : null);

/** The product card. */
export function ProductCard({ part }: { part: ProductPart }) {
  const { t, currency } = useContext(UiContext);
  const image = safeImage(part.image);
  return (
    <section class="card product-card" aria-label={part.title}>
      {image ? <img class="product-image" src={image} alt={part.title} loading="lazy" /> : null}
      <div class="card-head">
        <h2 class="card-title">{part.title}</h2>
        <strong class="price">{money(part.price, currency, t.locale)}</strong>
      </div>
      {part.stock.length > 0 ? (
        <>
          <h3 class="card-subtitle">{t.stock}</h3>
          <ul class="stock">
            {part.stock.map((s) => (
              <li key={s.sku} class={s.stock > 0 ? 'in' : 'out'}>
                <span class="size">{s.label}</span>
                <span>{s.stock > 0 ? t.inStock(s.stock) : t.outOfStock}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
