import { ArticleCard } from '@/components/ArticleCard'
import { getLatestArticles } from '@/queries/articles'

export default async function HomePage() {
  const articles = await getLatestArticles()
  return (
    <>
      <h1 className="page-title">Latest</h1>
      {articles.length === 0 ? (
        <p className="empty-state">No articles have been published yet. Check back soon.</p>
      ) : (
        <ol className="article-list">
          {articles.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
