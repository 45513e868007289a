// The five real source texts (sources/) with the hand-made roadmap each was transcribed into, and its owner.
export const seeds = [
  { file: '000_95093b87e5d69197.txt', roadmap: 'sochi-2023', owner: 'sochi-uon' },
  { file: '001_c9417ca1234b8be1.txt', roadmap: 'apsheronsk-2021', owner: 'apsheronsk-uo' },
  { file: '002_7c3c0ab9f92a9e58.txt', roadmap: 'georgievsk-2023-2024', owner: 'georgievsk-uo' },
  { file: '003_aeba9ef5a97725a6.txt', roadmap: 'krasnodar-krai-2023', owner: 'krasnodar-minobr' },
  { file: '004_a99dcda4ede82080.txt', roadmap: 'belorechensk-2023-2024', owner: 'belorechensk-uo' },
];
