export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Can I earn on TikTok yet?</h1>
      <p className="mt-2 text-stone-700">
        Enter your stats and see, requirement by requirement, which ways to earn you qualify for, what is
        missing, when you will get there and what each could pay.
      </p>
    </main>
  );
}
