-- The 21 pilot regions of MPP Digital (shared/domain/pilot-regions.csv, also bundled for the domain as
-- id/mpp/server/domain/region/pilot-regions.csv), codes and names of Kepmendagri No. 300.2.2-2138 Tahun 2025.
-- Time zones by province: WIB (Asia/Jakarta) for Sumatra, Java and Kalimantan Tengah;
-- WITA (Asia/Makassar) for Kalimantan Selatan and Timur and Sulawesi Tenggara.
-- The launch list says only "Kabupaten Kotawaringin": 62.01 is Kotawaringin Barat (62.02 is Timur).
INSERT INTO region (code, kind, name, province_code, province_name, time_zone, code_edition) VALUES
    ('11.71', 'KOTA', 'Kota Banda Aceh', '11', 'Aceh', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('13.75', 'KOTA', 'Kota Bukittinggi', '13', 'Sumatera Barat', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('16.05', 'KABUPATEN', 'Kabupaten Musi Rawas', '16', 'Sumatera Selatan', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('18.72', 'KOTA', 'Kota Metro', '18', 'Lampung', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('21.71', 'KOTA', 'Kota Batam', '21', 'Kepulauan Riau', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('21.72', 'KOTA', 'Kota Tanjung Pinang', '21', 'Kepulauan Riau', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('33.02', 'KABUPATEN', 'Kabupaten Banyumas', '33', 'Jawa Tengah', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('33.14', 'KABUPATEN', 'Kabupaten Sragen', '33', 'Jawa Tengah', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('33.15', 'KABUPATEN', 'Kabupaten Grobogan', '33', 'Jawa Tengah', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('33.29', 'KABUPATEN', 'Kabupaten Brebes', '33', 'Jawa Tengah', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('33.71', 'KOTA', 'Kota Magelang', '33', 'Jawa Tengah', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('33.72', 'KOTA', 'Kota Surakarta', '33', 'Jawa Tengah', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('34.71', 'KOTA', 'Kota Yogyakarta', '34', 'DI Yogyakarta', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('35.10', 'KABUPATEN', 'Kabupaten Banyuwangi', '35', 'Jawa Timur', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('35.20', 'KABUPATEN', 'Kabupaten Magetan', '35', 'Jawa Timur', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('35.23', 'KABUPATEN', 'Kabupaten Tuban', '35', 'Jawa Timur', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('35.76', 'KOTA', 'Kota Mojokerto', '35', 'Jawa Timur', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('62.01', 'KABUPATEN', 'Kabupaten Kotawaringin Barat', '62', 'Kalimantan Tengah', 'Asia/Jakarta', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('63.06', 'KABUPATEN', 'Kabupaten Hulu Sungai Selatan', '63', 'Kalimantan Selatan', 'Asia/Makassar', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('64.72', 'KOTA', 'Kota Samarinda', '64', 'Kalimantan Timur', 'Asia/Makassar', 'Kepmendagri No. 300.2.2-2138 Tahun 2025'),
    ('74.71', 'KOTA', 'Kota Kendari', '74', 'Sulawesi Tenggara', 'Asia/Makassar', 'Kepmendagri No. 300.2.2-2138 Tahun 2025');
