// A responsive grid of linked cards: one column of rows on a phone, a poster wall on wider screens.
import type { Card } from '../cards.js';
import { TmdbImage } from '../images.js';
import { Link } from '../router.js';

export function CardGrid({ cards, label }: { cards: readonly Card[]; label: string }) {
  return (
    <ul className="card-grid" aria-label={label}>
      {cards.map((card) => (
        <li key={card.key}>
          <Link to={card.route} className="card">
            {card.image.kind === 'poster' ? (
              <TmdbImage kind="poster" size="w185" path={card.image.path} alt="" label={card.title} />
            ) : (
              <TmdbImage kind="profile" size="w185" path={card.image.path} alt="" label={card.title} />
            )}
            <span className="card-title">{card.title}</span>
            {card.subtitle ? <span className="card-subtitle">{card.subtitle}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
